package org.createyourresume.web.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An SVG file under a course's {@code img/} folder, as read from the class path.
 *
 * @param root the folder all courses are in, as shown in messages (e.g. {@code learn/})
 * @param folder the course folder's name
 * @param name the file's name, e.g. {@code socket.svg}
 * @param bytes its content
 */
record DiagramFile(String root, String folder, String name, byte[] bytes) {

  /** How the file is named in messages: {@code learn/<course>/img/<file>}. */
  String path() {
    return root + folder + "/img/" + name;
  }

  /** Every {@code <root><folder>/img/*.svg} on the class path, in a stable order. */
  static List<DiagramFile> fromClasspath(String root) {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(DiagramFile.class.getClassLoader());
    List<DiagramFile> files = new ArrayList<>();
    try {
      for (Resource resource : resolver.getResources("classpath*:" + root + "*/img/*.svg")) {
        String[] parts = resource.getURL().toString().split("/");
        try (var in = resource.getInputStream()) {
          files.add(new DiagramFile(root, parts[parts.length - 3], parts[parts.length - 1],
              in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the diagrams under " + root, e);
    }
    files.sort(Comparator.comparing(DiagramFile::folder).thenComparing(DiagramFile::name));
    return files;
  }
}
