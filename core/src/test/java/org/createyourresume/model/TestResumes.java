package org.createyourresume.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.json.JsonResumeReader;

/** The test resumes under {@code src/test/resources/resumes}, shared by every module's tests. */
public final class TestResumes {
  private TestResumes() {}

  /** The folder of valid test resumes. */
  public static Path folder() {
    try {
      return Path.of(TestResumes.class.getResource("/resumes/full.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** File names of every valid test resume, e.g. {@code full.json}. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
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
