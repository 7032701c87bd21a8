package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.createyourresume.web.resume.ApiClient.Created;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Two app servers, separate processes on different ports, sharing one PostgreSQL: servers keep
 * no state between requests, so any of them can serve any request.
 */
@ExtendWith(TestDatabases.NeedsPostgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiInstancePostgresTests {

  private String url;
  private AppProcess first;
  private AppProcess second;
  private ApiClient a;
  private ApiClient b;

  @BeforeAll
  void startTwoServers() {
    url = TestDatabases.newPostgresSchema();
    first = AppProcess.start("pg-a", url);
    second = AppProcess.start("pg-b", url);
    a = new ApiClient(first.baseUrl());
    b = new ApiClient(second.baseUrl());
  }

  @AfterAll
  void stop() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
    TestDatabases.dropPostgresSchema(url);
  }

  @Test
  void aResumeCreatedOnOneServerIsEditedSharedAndDeletedOnTheOther() {
    Created created = a.create("{\"basics\":{\"name\":\"Made on A\"}}");
    HttpResponse<String> read = b.get(created.id(), created.token());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("Made on A");
    HttpResponse<String> saved = b.put(created.id(), created.token(), read.headers()
        .firstValue("ETag").orElseThrow(), "{\"basics\":{\"name\":\"Edited on B\"}}");
    assertThat(saved.statusCode()).isEqualTo(200);
    HttpResponse<String> back = a.get(created.id(), created.token());
    assertThat(back.body()).contains("Edited on B");
    assertThat(ApiClient.version(back)).isEqualTo(2);
    JsonNode share = ApiClient.JSON.readTree(b.share(created.id(), created.token(), null).body());
    assertThat(a.page("/r/" + share.get("shareId").asString()).body()).contains("Edited on B");
    assertThat(a.revoke(created.id(), created.token()).statusCode()).isEqualTo(204);
    // revoked on A: B says the owner stopped sharing, from the same database
    assertThat(b.page("/r/" + share.get("shareId").asString()).statusCode()).isEqualTo(410);
    assertThat(a.delete(created.id(), created.token()).statusCode()).isEqualTo(204);
    assertThat(b.get(created.id(), created.token()).statusCode()).isEqualTo(404);
    assertThat(b.status(created.id(), created.token()).body()).isEqualTo("{\"exists\":false}");
  }

  @Test
  void ofTwoConcurrentSavesOfOneVersionOnTwoServersOneIsA412() throws Exception {
    Created created = a.create("{\"basics\":{\"name\":\"Race\"}}");
    long version = 1;
    for (int round = 0; round < 20; round++) {
      CyclicBarrier together = new CyclicBarrier(2);
      String ifMatch = "\"" + version + "\"";
      List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
      for (ApiClient server : List.of(a, b)) {
        String document = "{\"basics\":{\"name\":\"round " + round + " via " + server + "\"}}";
        saves.add(CompletableFuture.supplyAsync(() -> {
          try {
            together.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return server.put(created.id(), created.token(), ifMatch, document);
        }));
      }
      List<Integer> statuses = saves.stream().map(CompletableFuture::join)
          .map(HttpResponse::statusCode).sorted().toList();
      assertThat(statuses).as("round " + round).containsExactly(200, 412);
      version++;
    }
    assertThat(ApiClient.version(b.get(created.id(), created.token()))).isEqualTo(21);
  }

  @Test
  void noLostUpdateUnderTwentyWritersOnTwoServers() throws Exception {
    Created created = a.create("{\"basics\":{\"name\":\"Start\"}}");
    SaveHammer.Result result = SaveHammer.run(List.of(a, b), created.id(), created.token(), 20,
        SaveHammer.duration());
    System.out.printf("PostgreSQL, two servers, 20 writers, %d s: %d saves accepted, %d stale"
        + " (412), final version %d%n", SaveHammer.duration().toSeconds(), result.accepted(),
        result.stale(), result.finalVersion());
    SaveHammer.assertNoLostUpdate(result);
  }
}
