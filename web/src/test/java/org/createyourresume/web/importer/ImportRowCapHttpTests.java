package org.createyourresume.web.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A LinkedIn export of a million rows over real HTTP, with the server's own limits: refused by
 * the row cap with a problem naming it, and the worker that read it is free for the next user.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "cyr.render.threads=1", "cyr.render.queue-capacity=1",
        "cyr.rate-limit.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:importrows;DB_CLOSE_DELAY=-1"})
class ImportRowCapHttpTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Test
  void aMillionRowExportIsRefusedByTheRowCapAndTheWorkerIsFree() throws Exception {
    ImportHttpClient client = new ImportHttpClient(port);
    client.awaitFreeWorkers();
    byte[] zip = TestFiles.manyRowsExport(1_000_000);

    HttpResponse<String> refused = client.upload("Basic_LinkedInDataExport.zip", zip);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("code").asString()).isEqualTo("file.too-many-rows");
    assertThat(problem.get("field").asString()).isEqualTo("file");
    assertThat(problem.get("maxRows").asInt()).isEqualTo(10_000);
    assertThat(problem.get("detail").asString()).contains("10000 rows", "Positions.csv");

    assertThat(client.render().statusCode()).isEqualTo(200);
  }
}
