package org.createyourresume.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.createyourresume.web.ResumeWebApplication;
import org.createyourresume.web.TestFiles;
import org.createyourresume.web.resume.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app nodes behind nginx on one PostgreSQL, started by {@code ops/cluster.sh}, under a steady
 * mix of saves, creates, renders, ATS checks and imports while node 1 is killed with SIGKILL and
 * started again. Every failure must be retryable (503 or 429 with {@code Retry-After}, or a
 * connection error), never another 5xx; every acknowledged save and create must be there at the
 * end. Runs when {@code CYR_TEST_CLUSTER} is set (CI sets it); {@code CYR_SOAK_SECONDS} (75)
 * sets the length. Figures go to {@code target/cluster-soak.md}.
 */
@EnabledIfEnvironmentVariable(named = "CYR_TEST_CLUSTER", matches = ".+")
@ExtendWith(TestDatabases.NeedsPostgres.class)
class ClusterSoakTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SCRIPT = Path.of("..", "ops", "cluster.sh");

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private String base;

  /** One save lane's resume: what was acknowledged, and what was sent for each version. */
  private static final class Lane {
    final int number;
    final String id;
    final String token;
    long version = 1;
    long acknowledged = 1;
    final Map<Long, String> sent = new ConcurrentHashMap<>();

    Lane(int number, String id, String token, String document) {
      this.number = number;
      this.id = id;
      this.token = token;
      sent.put(1L, document);
    }
  }

  private record Created(String id, String token) {}

  @Test
  void twoNodesLoseNothingAndFailOnlyRetryablyWhileOneIsKilledAndRestarted() throws Exception {
    int seconds = Integer.parseInt(System.getenv().getOrDefault("CYR_SOAK_SECONDS", "75"));
    String url = TestDatabases.newPostgresSchema();
    Path dir = Path.of("target", "cluster").toAbsolutePath();
    int port = 18480;
    Map<String, String> env = new TreeMap<>();
    env.put("CYR_CLUSTER_DIR", dir.toString());
    env.put("CYR_CLUSTER_PORT", Integer.toString(port));
    env.put("CYR_NODE_BASE_PORT", "18481");
    env.put("CYR_NODES", "2");
    env.put("CYR_NODE_COMMAND", nodeCommand());
    env.put("SPRING_DATASOURCE_URL", url);
    base = "http://127.0.0.1:" + port;
    deleteLogs(dir);
    try {
      script(env, Duration.ofMinutes(3), "start");
      run(env, dir, seconds);
    } finally {
      script(env, Duration.ofMinutes(2), "stop");
      TestDatabases.dropPostgresSchema(url);
    }
  }

  private void run(Map<String, String> env, Path dir, int seconds) throws Exception {
    String resume = TestFiles.resume("one-page.json");
    HttpResponse<byte[]> pdf = http.send(post("/api/render", "application/json",
        resume.getBytes(StandardCharsets.UTF_8)).build(), BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);

    List<Lane> lanes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String document = saveDocument(i, 0);
      JsonNode created = JSON.readTree(http.send(post("/api/resumes", "application/json",
          document.getBytes(StandardCharsets.UTF_8)).build(), BodyHandlers.ofString()).body());
      lanes.add(new Lane(i, created.get("id").asString(), created.get("editToken").asString(),
          document));
    }
    ConcurrentLinkedQueue<Created> creates = new ConcurrentLinkedQueue<>();

    // the traffic runs for the given time, and at least 15 s more once node 1 is back: the end
    // is set when the restart is over
    AtomicLong end = new AtomicLong(Long.MAX_VALUE);
    long soakStarted = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<?>> running = new ArrayList<>();
    for (Lane lane : lanes) {
      running.add(clients.submit(() -> every(250, end, () -> save(lane))));
    }
    running.add(clients.submit(() -> every(1000, end, () -> create(creates))));
    running.add(clients.submit(() -> every(500, end, () -> timed("render",
        post("/api/render", "application/json", resume.getBytes(StandardCharsets.UTF_8))))));
    running.add(clients.submit(() -> every(600, end, () -> timed("render",
        post("/api/render?format=txt", "application/json",
            resume.getBytes(StandardCharsets.UTF_8))))));
    running.add(clients.submit(() -> every(700, end, () -> timed("check",
        post("/api/ats/check", "application/json",
            "{\"text\":\"Ana Smith\\nEXPERIENCE\\nNurse, City Hospital 2019-2024\"}"
                .getBytes(StandardCharsets.UTF_8))))));
    running.add(clients.submit(() -> every(1000, end, () -> timed("import",
        multipart("/api/import", pdf.body())))));

    // a quarter of the way in, node 1 dies without warning; it comes back three seconds later
    long logBefore;
    long restartSeconds;
    try {
      Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 4);
      script(env, Duration.ofSeconds(10), "kill", "1");
      long killedAt = System.nanoTime();
      Thread.sleep(3000);
      logBefore = Files.size(dir.resolve("node1.log"));
      script(env, Duration.ofMinutes(2), "restart", "1");
      restartSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killedAt);
      end.set(Math.max(soakStarted + TimeUnit.SECONDS.toNanos(seconds),
          System.nanoTime() + TimeUnit.SECONDS.toNanos(15)));
    } finally {
      end.compareAndSet(Long.MAX_VALUE, 0);
    }

    for (Future<?> client : running) {
      client.get(seconds + 120L, TimeUnit.SECONDS);
    }
    clients.shutdown();
    int ran = (int) TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - soakStarted);
    // node 1's own request log, from its restart until the traffic stopped
    byte[] node1Log = Files.readAllBytes(dir.resolve("node1.log"));
    String afterRestart = new String(node1Log, (int) logBefore, node1Log.length - (int) logBefore,
        StandardCharsets.UTF_8);
    long servedAfterRestart = afterRestart.lines().filter(line -> line.contains("route=/api/"))
        .count();

    // every acknowledged save is there: the latest version is at least the last acknowledged,
    // and its document is the one sent for it
    int savesFound = 0;
    for (Lane lane : lanes) {
      HttpResponse<String> read = retrying(() -> http.send(get("/api/resumes/" + lane.id)
          .header("Authorization", "Bearer " + lane.token).build(), BodyHandlers.ofString()));
      assertThat(read.statusCode()).isEqualTo(200);
      long version = Long.parseLong(read.headers().firstValue("ETag").orElseThrow()
          .replace("\"", ""));
      assertThat(version).isGreaterThanOrEqualTo(lane.acknowledged);
      assertThat(JSON.readTree(read.body()).toString())
          .isEqualTo(JSON.readTree(lane.sent.get(version)).toString());
      // a later version holds every acknowledged save before it
      savesFound += (int) Math.min(version, lane.acknowledged) - 1;
    }
    int createsFound = 0;
    for (Created created : creates) {
      HttpResponse<String> read = retrying(() -> http.send(get("/api/resumes/" + created.id())
          .header("Authorization", "Bearer " + created.token()).build(),
          BodyHandlers.ofString()));
      assertThat(read.statusCode()).as("created " + created.id()).isEqualTo(200);
      createsFound++;
    }

    long acknowledged = lanes.stream().mapToLong(lane -> lane.acknowledged - 1).sum();
    String report = report(ran, seconds / 4, restartSeconds, acknowledged, savesFound,
        createsFound, creates.size(), servedAfterRestart);
    System.out.println(report);
    Files.writeString(Path.of("target", "cluster-soak.md"), report);

    assertThat(violations).as("failures that were not retryable").isEmpty();
    assertThat(savesFound).isEqualTo(acknowledged);
    assertThat(acknowledged).as("saves acknowledged").isGreaterThan(seconds);
    assertThat(creates).isNotEmpty();
    assertThat(servedAfterRestart).as("requests node 1 served after its restart")
        .isGreaterThan(0);
  }

  private static String saveDocument(int lane, long n) {
    return "{\"basics\":{\"name\":\"Soak Lane " + lane + "\",\"summary\":\"save " + n + "\"}}";
  }

  private void save(Lane lane) {
    long next = lane.version + 1;
    String document = saveDocument(lane.number, next);
    lane.sent.put(next, document);
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/resumes/" + lane.id))
        .header("Authorization", "Bearer " + lane.token)
        .header("If-Match", "\"" + lane.version + "\"")
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .PUT(BodyPublishers.ofString(document)).build();
    HttpResponse<String> response = timed("save", request, 412);
    if (response != null && response.statusCode() == 200) {
      lane.version = next;
      lane.acknowledged = next;
    } else {
      // the outcome is unknown (or another try of ours won): read where the resume is
      try {
        HttpResponse<String> read = http.send(get("/api/resumes/" + lane.id)
            .header("Authorization", "Bearer " + lane.token).build(), BodyHandlers.ofString());
        if (read.statusCode() == 200) {
          lane.version = Long.parseLong(read.headers().firstValue("ETag").orElseThrow()
              .replace("\"", ""));
        }
      } catch (IOException | InterruptedException e) {
        // the next round tries again
      }
    }
  }

  private void create(ConcurrentLinkedQueue<Created> creates) {
    HttpResponse<String> response = timed("create", post("/api/resumes", "application/json",
        "{\"basics\":{\"name\":\"Soak Create\"}}".getBytes(StandardCharsets.UTF_8)).build());
    if (response != null && response.statusCode() == 201) {
      JsonNode body = JSON.readTree(response.body());
      creates.add(new Created(body.get("id").asString(), body.get("editToken").asString()));
    }
  }

  private void timed(String endpoint, HttpRequest.Builder request) {
    timed(endpoint, request.build());
  }

  /** Sends one request and files its outcome; {@code null} when no answer came. */
  private HttpResponse<String> timed(String endpoint, HttpRequest request, int... expected) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      int status = response.statusCode();
      if (status < 300) {
        latencies.computeIfAbsent(endpoint, k -> new CopyOnWriteArrayList<>()).add(millis);
        count(endpoint, "ok");
      } else if (status == 503 || status == 429) {
        count(endpoint, Integer.toString(status));
        if (response.headers().firstValue("Retry-After").isEmpty()) {
          violations.add(endpoint + ": " + status + " without Retry-After");
        }
      } else if (Arrays.stream(expected).anyMatch(code -> code == status)) {
        count(endpoint, Integer.toString(status));
      } else {
        count(endpoint, Integer.toString(status));
        violations.add(endpoint + ": " + status + " " + response.body());
      }
      return response;
    } catch (IOException e) {
      count(endpoint, "connection");
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void count(String endpoint, String outcome) {
    outcomes.computeIfAbsent(endpoint + " " + outcome, k -> new AtomicLong()).incrementAndGet();
  }

  private static void every(long periodMillis, AtomicLong end, Runnable work) {
    long next = System.nanoTime();
    while (System.nanoTime() < end.get()) {
      work.run();
      next += TimeUnit.MILLISECONDS.toNanos(periodMillis);
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private interface Call {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }

  /** For the final reads: a 503 or a refused connection is tried again, for up to a minute. */
  private static HttpResponse<String> retrying(Call call) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      try {
        HttpResponse<String> response = call.send();
        if (response.statusCode() != 503 || System.nanoTime() > deadline) {
          return response;
        }
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      Thread.sleep(500);
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  private HttpRequest.Builder post(String path, String type, byte[] body) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", type).POST(BodyPublishers.ofByteArray(body));
  }

  private HttpRequest.Builder multipart(String path, byte[] file) {
    String boundary = "soak" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"resume.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private String report(int seconds, int killedAfter, long restartSeconds, long savesAcknowledged,
      int savesFound, int createsFound, int createsAcknowledged, long servedAfterRestart) {
    StringBuilder text = new StringBuilder();
    long total = outcomes.values().stream().mapToLong(AtomicLong::get).sum();
    text.append(String.format(Locale.ROOT, "Cluster soak: %d s, 2 nodes behind nginx, one"
        + " PostgreSQL; node 1 killed (SIGKILL) at %d s and healthy again %d s later (start-up"
        + " included)%n%n",
        seconds, killedAfter, restartSeconds));
    text.append(String.format(Locale.ROOT, "requests: %d; saves acknowledged %d, found %d;"
        + " creates acknowledged %d, found %d; node 1 served %d API requests after its"
        + " restart%n%n", total, savesAcknowledged, savesFound, createsAcknowledged, createsFound,
        servedAfterRestart));
    text.append("| endpoint | outcome | requests |\n|---|---|---|\n");
    new TreeMap<>(outcomes).forEach((key, count) -> {
      String[] parts = key.split(" ");
      text.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" | ")
          .append(count.get()).append(" |\n");
    });
    text.append("\n| endpoint | answered | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
    new TreeMap<>(latencies).forEach((endpoint, values) -> {
      List<Long> sorted = values.stream().sorted().collect(Collectors.toList());
      text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", endpoint,
          sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
          sorted.get(sorted.size() - 1)));
    });
    if (!violations.isEmpty()) {
      text.append("\nnot retryable:\n");
      violations.forEach(violation -> text.append("- ").append(violation).append('\n'));
    }
    return text.toString();
  }

  private static long percentile(List<Long> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Starts a node from the test's class path, as the packaged jar would run. */
  private static String nodeCommand() {
    String classPath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return String.join(" ", java.toString(), "-Xmx384m", "-XX:+UseSerialGC",
        "-cp", classPath, ResumeWebApplication.class.getName(),
        "--spring.main.banner-mode=off", "--cyr.render.threads=1",
        "--cyr.ats.grammar=false", "--cyr.request-log.enabled=true",
        "--cyr.rate-limit.enabled=true",
        "--cyr.rate-limit.create.requests=100000", "--cyr.rate-limit.save.requests=100000",
        "--cyr.rate-limit.render.requests=100000", "--cyr.rate-limit.check.requests=100000",
        "--cyr.rate-limit.import.requests=100000", "--cyr.rate-limit.share.requests=100000");
  }

  private static void deleteLogs(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static void script(Map<String, String> env, Duration timeout, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ops/cluster.sh " + String.join(" ", arguments) + " took over "
          + timeout);
    }
    assertThat(process.exitValue()).as("ops/cluster.sh " + String.join(" ", arguments))
        .isZero();
  }
}
