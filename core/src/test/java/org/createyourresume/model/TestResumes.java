package org.createyourresume.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.createyourresume.json.JsonResumeReader;

/** The test resumes under {@code src/test/resources/resumes}, shared by every module's tests. */
public final class TestResumes {
  private TestResumes() {}

  private static Path folder;

  /** The folder of valid test resumes, also when the tests run from the core test jar. */
  public static synchronized Path folder() {
    if (folder == null) {
      try {
        URI uri = TestResumes.class.getResource("/resumes/full.json").toURI();
        if (uri.getScheme().equals("jar")) {
          FileSystem jar;
          try {
            jar = FileSystems.newFileSystem(uri, Map.of());
          } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
          }
          folder = jar.getPath("/resumes");
        } else {
          folder = Path.of(uri).getParent();
        }
      } catch (URISyntaxException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return folder;
  }

  /** File names of every valid test resume, e.g. {@code full.json}. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(f -> !Files.isDirectory(f) && f.getFileName().toString().endsWith(".json"))
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a test resume (a name from {@link #names()}, or a path below the folder). */
  public static String text(String name) {
    try {
      return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resume, read leniently. */
  public static Resume load(String name) {
    return new JsonResumeReader().read(text(name)).resume();
  }
}
