package org.createyourresume.web.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One Markdown file of the learning centre as read from the class path.
 *
 * @param root the folder all courses are in, as shown in messages (e.g. {@code learn/})
 * @param folder the course folder's name
 * @param name the file's name, e.g. {@code 03-ports-and-port-numbers.md}
 * @param text the file's text
 */
record LessonFile(String root, String folder, String name, String text) {

  /** How the file is named in messages: {@code learn/<course>/<file>}. */
  String path() {
    return root + folder + "/" + name;
  }

  /**
   * Every {@code <root><folder>/<file>.md} on the class path, in a stable order. Files directly
   * in the root (such as its README) are not lessons and are not read.
   *
   * @param root a class-path folder ending in {@code /}, such as {@code learn/}
   */
  static List<LessonFile> fromClasspath(String root) {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(LessonFile.class.getClassLoader());
    List<LessonFile> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      for (Resource resource : resolver.getResources("classpath*:" + root + "*/*.md")) {
        String url = resource.getURL().toString();
        String[] parts = url.split("/");
        String folder = parts[parts.length - 2];
        String name = parts[parts.length - 1];
        try (var in = resource.getInputStream()) {
          files.add(new LessonFile(root, folder, name, utf8(in.readAllBytes())));
        } catch (CharacterCodingException e) {
          problems.add(root + folder + "/" + name + ":1: the file is not UTF-8 text");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the lesson files under " + root, e);
    }
    if (!problems.isEmpty()) {
      throw new LearnContentException(problems);
    }
    files.sort(Comparator.comparing(LessonFile::folder).thenComparing(LessonFile::name));
    return files;
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
