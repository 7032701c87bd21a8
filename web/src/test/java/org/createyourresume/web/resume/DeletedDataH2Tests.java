package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deleted resume's text leaves the embedded database's file soon after the delete, while the
 * server runs on (no clean shutdown, which used to be the only time H2 compacted its file): the
 * bytes of a marker saved in the resume are in the file before, and in no file of the database
 * after the delete and the compaction it asks for.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "cyr.rate-limit.enabled=false")
class DeletedDataH2Tests {

  private static final String URL = TestDatabases.newH2();
  /** The folder of the database's files, from {@code jdbc:h2:file:<folder>/resumes;...}. */
  private static final Path FOLDER =
      Path.of(URL.substring("jdbc:h2:file:".length(), URL.indexOf(';'))).getParent();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StorageCompaction compaction;

  private static boolean onDisk(String marker) throws IOException {
    byte[] wanted = marker.getBytes(StandardCharsets.UTF_8);
    List<Path> files;
    try (Stream<Path> list = Files.list(FOLDER)) {
      files = list.filter(Files::isRegularFile).toList();
    }
    assertThat(files).as("the database's files").isNotEmpty();
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      if (indexOf(content, wanted) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] content, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= content.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (content[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aDeletedResumesTextIsInNoFileOfTheDatabaseAfterTheDelete() throws Exception {
    ApiClient api = new ApiClient("http://localhost:" + port);
    // other people's resumes share the file's chunks with the deleted one and stay: enough of
    // them that the chunk holding it stays mostly alive, which H2 alone would never compact
    for (int i = 0; i < 150; i++) {
      api.create("{\"basics\":{\"name\":\"Keeper " + i + "\",\"summary\":\"" + "Kept text. ".repeat(300) + "\"}}");
    }
    String marker = "Vellmoor-" + UUID.randomUUID();
    ApiClient.Created created = api.create("{\"basics\":{\"name\":\"Ines Quarry\",\"summary\":\""
        + marker + " " + "Led the archive team. ".repeat(30) + "\"}}");
    jdbc.sql("CHECKPOINT SYNC").update();
    assertThat(onDisk(marker)).as("the saved text is in the file, so the test can see it").isTrue();

    long before = compaction.runs();
    assertThat(api.delete(created.id(), created.token()).statusCode()).isEqualTo(204);

    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (compaction.runs() == before && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(compaction.runs()).as("a compaction ran after the delete").isGreaterThan(before);
    assertThat(onDisk(marker)).as("the deleted text is still in the database's files").isFalse();
    assertThat(onDisk("Keeper 149")).as("the other resumes are kept").isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resume").query(Long.class).single()).isEqualTo(150);
  }
}
