package org.createyourresume.web.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.createyourresume.web.TestFiles;

/** Uploads for import and ordinary renders, over real HTTP to a test server's port. */
final class ImportHttpClient {

  private static final String BOUNDARY = "----cyr-budget-boundary-3Qx9LmPz";

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  ImportHttpClient(int port) {
    this.port = port;
  }

  HttpResponse<String> upload(String name, byte[] content) throws IOException, InterruptedException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + name + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import"))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** An ordinary one-page render, as any other user's request. */
  HttpResponse<byte[]> render() throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/render?template=modern"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(TestFiles.resume("one-page.json")))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Renders until one succeeds (the start-up warm-ups hold the workers for a while at first), so
   * that a test starts with every worker free; fails when none does within a minute.
   */
  void awaitFreeWorkers() throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    int status;
    do {
      status = render().statusCode();
      if (status == 200) {
        return;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < end);
    throw new AssertionError("no render succeeded; the last answered " + status);
  }
}
