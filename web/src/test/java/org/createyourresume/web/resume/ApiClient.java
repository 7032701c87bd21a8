package org.createyourresume.web.resume;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The saved-resume API over real HTTP, as the editor (or any client) uses it. */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;
  private final String base;

  ApiClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** What a create answered. */
  record Created(String id, String token, String shareId, JsonNode body) {}

  Created create(String document) {
    return create(document, "");
  }

  Created create(String document, String query) {
    HttpResponse<String> response = send(json("/api/resumes" + query, document).POST(
        BodyPublishers.ofString(document)));
    if (response.statusCode() != 201) {
      throw new AssertionError("create answered " + response.statusCode() + ": " + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    return new Created(body.get("id").asString(), body.get("editToken").asString(),
        body.has("shareId") ? body.get("shareId").asString() : null, body);
  }

  HttpResponse<String> get(String id, String token) {
    return send(authorized(request("/api/resumes/" + id), token).GET());
  }

  HttpResponse<String> put(String id, String token, String ifMatch, String document) {
    HttpRequest.Builder request = authorized(json("/api/resumes/" + id, document), token);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.PUT(BodyPublishers.ofString(document)));
  }

  HttpResponse<String> delete(String id, String token) {
    return send(authorized(request("/api/resumes/" + id), token).DELETE());
  }

  HttpResponse<String> share(String id, String token, String body) {
    HttpRequest.Builder request = authorized(request("/api/resumes/" + id + "/share"), token);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.POST(body == null ? BodyPublishers.noBody()
        : BodyPublishers.ofString(body)));
  }

  HttpResponse<String> shareStatus(String id, String token) {
    return send(authorized(request("/api/resumes/" + id + "/share"), token).GET());
  }

  HttpResponse<String> status(String id, String token) {
    return send(authorized(request("/api/resumes/" + id + "/status"), token).GET());
  }

  HttpResponse<String> patchShare(String id, String token, String body) {
    return send(authorized(request("/api/resumes/" + id + "/share"), token)
        .header("Content-Type", "application/json")
        .method("PATCH", BodyPublishers.ofString(body)));
  }

  HttpResponse<String> revoke(String id, String token) {
    return send(authorized(request("/api/resumes/" + id + "/share"), token).DELETE());
  }

  HttpResponse<String> page(String path) {
    return send(request(path).header("Accept", "text/html").GET());
  }

  HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(request(path).GET().build(), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private HttpRequest.Builder json(String path, String document) {
    return request(path).header("Content-Type", "application/json");
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  /** The version in an ETag header ({@code "3"} → 3). */
  static long version(HttpResponse<?> response) {
    String etag = response.headers().firstValue("ETag").orElseThrow();
    return Long.parseLong(etag.replace("\"", ""));
  }
}
