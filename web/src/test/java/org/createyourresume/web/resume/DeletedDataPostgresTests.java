package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL a delete overwrites the document before the row goes, and the table is vacuumed
 * after it. A trigger set up by the test keeps what the row held at the moment of its delete: the
 * overwritten text, never the owner's.
 */
@ExtendWith(TestDatabases.NeedsPostgres.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "cyr.rate-limit.enabled=false")
class DeletedDataPostgresTests {

  private static String url;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> {
      if (url == null) {
        url = TestDatabases.newPostgresSchema();
      }
      return url;
    });
  }

  @AfterAll
  static void dropSchema() {
    TestDatabases.dropPostgresSchema(url);
    url = null;
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StorageCompaction compaction;

  @Test
  void theDocumentIsOverwrittenBeforeTheRowIsDeletedAndTheTableVacuumed() throws Exception {
    jdbc.sql("CREATE TABLE deleted_document (document TEXT)").update();
    jdbc.sql("CREATE FUNCTION keep_deleted() RETURNS trigger LANGUAGE plpgsql AS"
        + " $$ BEGIN INSERT INTO deleted_document VALUES (OLD.document); RETURN OLD; END $$").update();
    jdbc.sql("CREATE TRIGGER resume_deleted BEFORE DELETE ON resume FOR EACH ROW"
        + " EXECUTE FUNCTION keep_deleted()").update();

    ApiClient api = new ApiClient("http://localhost:" + port);
    String marker = "Vellmoor-" + UUID.randomUUID();
    ApiClient.Created created = api.create("{\"basics\":{\"name\":\"Ines Quarry\",\"summary\":\""
        + marker + "\"}}");
    long before = compaction.runs();
    assertThat(api.delete(created.id(), created.token()).statusCode()).isEqualTo(204);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM resume WHERE id = :id").param("id", created.id())
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT document FROM deleted_document").query(String.class).list())
        .containsExactly(ResumeRepository.ERASED);

    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (compaction.runs() == before && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(compaction.runs()).isGreaterThan(before);
    // the vacuum's own record of itself, in the statistics of this schema's table
    Object vacuumed = null;
    while (vacuumed == null && System.nanoTime() < end) {
      vacuumed = jdbc.sql("SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = 'resume'"
              + " AND schemaname = current_schema()")
          .query((rs, row) -> rs.getObject(1)).optional().orElse(null);
      if (vacuumed == null) {
        Thread.sleep(100);
      }
    }
    assertThat(vacuumed).as("the table was vacuumed after the delete").isNotNull();
  }
}
