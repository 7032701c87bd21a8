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
 * An import that outlasts its request over real HTTP: the server answers 503 when the request's
 * time is up, and the work is cancelled with it, so the only worker is free for the next request
 * at once (the ordinary render after it waits in the queue of one, within the same short time,
 * and would be refused if the import ran on). The row cap is raised so that a file of a few
 * hundred thousand rows is read rather than refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "cyr.render.threads=1", "cyr.render.queue-capacity=1", "cyr.render.timeout=2s",
        "cyr.import.max-rows=2000000",
        "cyr.rate-limit.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:importcancel;DB_CLOSE_DELAY=-1"})
class ImportCancelHttpTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Test
  void afterATimedOutImportTheWorkerIsFreeForAnOrdinaryRender() throws Exception {
    ImportHttpClient client = new ImportHttpClient(port);
    client.awaitFreeWorkers();

    HttpResponse<String> timedOut = client.upload("Basic_LinkedInDataExport.zip", TestFiles.manyRowsExport(300_000));
    assertThat(timedOut.statusCode()).isEqualTo(503);
    assertThat(timedOut.headers().firstValue("Retry-After")).isPresent();
    JsonNode problem = JSON.readTree(timedOut.body());
    assertThat(problem.get("title").asString()).isEqualTo("Timed out");

    HttpResponse<byte[]> next = client.render();
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.headers().firstValue("Content-Type")).hasValue("application/pdf");
  }
}
