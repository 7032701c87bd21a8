package org.createyourresume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tests mirror main: every test lives in a package that main has, in a class named *Tests. */
class StructureTests {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");

  @Test
  void everyTestPackageExistsInMain() throws IOException {
    try (Stream<Path> folders = Files.walk(TEST)) {
      folders
          .filter(Files::isDirectory)
          .filter(StructureTests::holdsJava)
          .forEach(folder -> assertThat(MAIN.resolve(TEST.relativize(folder))).isDirectory());
    }
  }

  @Test
  void testClassesAreNamedTests() throws IOException {
    try (Stream<Path> files = Files.walk(TEST)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(StructureTests::declaresTests)
          .forEach(f -> assertThat(f.getFileName().toString()).endsWith("Tests.java"));
    }
  }

  private static boolean holdsJava(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean declaresTests(Path file) {
    try {
      String source = Files.readString(file);
      return source.contains("@Test") || source.contains("@ParameterizedTest") || source.contains("@ArchTest");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
