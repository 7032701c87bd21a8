package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.createyourresume.web.resume.ApiClient.Created;
import org.junit.jupiter.api.Test;

/**
 * The server is killed with SIGKILL in the middle of a burst of saves and creates; after a
 * restart on the same database every acknowledged save and create is there, and every resume
 * holds exactly a document that was sent for its version: nothing half-written. Run on H2 ({@link
 * CrashRecoveryH2Tests}) and PostgreSQL ({@link CrashRecoveryPostgresTests}).
 */
abstract class CrashRecoveryContract {

  /** The database the servers use; {@link #dropDatabase} is called afterwards. */
  abstract String database();

  void dropDatabase(String url) {}

  /** What one writer knows about its resume. */
  private static final class Writer {
    final Created resume;
    volatile long acknowledged = 1;
    /** Every document sent, by the version it would become. */
    final Map<Long, String> sent = new ConcurrentHashMap<>();

    Writer(Created resume, String first) {
      this.resume = resume;
      sent.put(1L, first);
    }
  }

  @Test
  void everyAcknowledgedSaveSurvivesAKillAndNoRowIsHalfWritten() throws Exception {
    String url = database();
    try {
      List<Writer> writers = new ArrayList<>();
      List<Created> acknowledgedCreates = new CopyOnWriteArrayList<>();
      AtomicInteger acknowledgedSaves = new AtomicInteger();
      AtomicBoolean running = new AtomicBoolean(true);
      try (AppProcess server = AppProcess.start("crash-1", url)) {
        ApiClient api = new ApiClient(server.baseUrl());
        for (int i = 0; i < 6; i++) {
          String first = document(i, 0);
          writers.add(new Writer(api.create(first), first));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers.size() + 1);
        for (int i = 0; i < writers.size(); i++) {
          Writer writer = writers.get(i);
          int number = i;
          pool.submit(() -> {
            for (int sequence = 1; running.get(); sequence++) {
              // each save is a large document, so a write cut short would show
              String document = document(number, sequence);
              writer.sent.put(writer.acknowledged + 1, document);
              HttpResponse<String> response;
              try {
                response = api.put(writer.resume.id(), writer.resume.token(),
                    "\"" + writer.acknowledged + "\"", document);
              } catch (RuntimeException e) {
                return null; // the server died under us
              }
              if (response.statusCode() != 200) {
                throw new AssertionError("save answered " + response.statusCode());
              }
              writer.acknowledged = ApiClient.version(response);
              acknowledgedSaves.incrementAndGet();
            }
            return null;
          });
        }
        pool.submit(() -> {
          for (int n = 0; running.get(); n++) {
            try {
              acknowledgedCreates.add(api.create(document(100 + n, 0)));
            } catch (RuntimeException | AssertionError e) {
              return null;
            }
          }
          return null;
        });
        // let the burst get going, then pull the plug while requests are in flight
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acknowledgedSaves.get() < 150 && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        server.kill();
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(acknowledgedSaves.get()).as("saves acknowledged before the kill").isPositive();

      try (AppProcess restarted = AppProcess.start("crash-2", url)) {
        ApiClient api = new ApiClient(restarted.baseUrl());
        for (Writer writer : writers) {
          HttpResponse<String> read = api.get(writer.resume.id(), writer.resume.token());
          assertThat(read.statusCode()).isEqualTo(200);
          long version = ApiClient.version(read);
          // the acknowledged save, or one more that was written but not yet answered
          assertThat(version).isBetween(writer.acknowledged, writer.acknowledged + 1);
          assertThat(read.body()).as("the document stored for version " + version)
              .isEqualTo(writer.sent.get(version));
          ApiClient.JSON.readTree(read.body());
        }
        for (Created created : acknowledgedCreates) {
          HttpResponse<String> read = api.get(created.id(), created.token());
          assertThat(read.statusCode()).as("acknowledged create " + created.id()).isEqualTo(200);
          assertThat(ApiClient.version(read)).isEqualTo(1);
        }
        // and the restarted server works normally
        Writer first = writers.get(0);
        long version = ApiClient.version(api.get(first.resume.id(), first.resume.token()));
        assertThat(api.put(first.resume.id(), first.resume.token(), "\"" + version + "\"",
            "{\"basics\":{\"name\":\"After restart\"}}").statusCode()).isEqualTo(200);
      }
      System.out.printf("%s: %d saves and %d creates acknowledged before SIGKILL; all present"
          + " after restart%n", getClass().getSimpleName(), acknowledgedSaves.get(),
          acknowledgedCreates.size());
    } finally {
      dropDatabase(url);
    }
  }

  private static String document(int writer, int sequence) {
    return "{\"basics\":{\"name\":\"Writer " + writer + "\",\"summary\":\"" + ("save " + sequence
        + " of writer " + writer + ". ").repeat(400) + "\"},\"meta\":{\"sequence\":" + sequence
        + "}}";
  }
}
