package org.certex.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's HTTP API as the page calls it: a link's key exchanged for a session cookie,
 * {@code GET /api/session} for the CSRF header, that header on every POST. Redirects are followed
 * by hand so that every cookie the server sets is kept.
 */
final class ApiSession {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One answer: status and body. */
  record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final URI base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfHeader = "X-XSRF-TOKEN";
  private String csrfToken;

  private ApiSession(URI base) {
    this.base = base;
  }

  /** Opens {@code link} as a browser would, then asks for the session's CSRF token. */
  static ApiSession open(String link) {
    URI uri = URI.create(link);
    ApiSession session = new ApiSession(uri.resolve("/"));
    Answer page = session.follow(uri);
    if (page.status() != 200) {
      throw new IllegalStateException("the link answered " + page.status() + ": " + page.body());
    }
    Answer grants = session.get("/api/session");
    if (grants.status() == 200) {
      JsonNode csrf = grants.json().path("csrf");
      session.csrfHeader = csrf.path("header").asString(session.csrfHeader);
      session.csrfToken = csrf.path("token").asString(null);
    }
    return session;
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  /** A POST of JSON with the session's cookie and CSRF header, as the page sends it. */
  Answer post(String path, Object body) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (csrfToken != null) {
      request.header(csrfHeader, csrfToken);
    }
    return send(request);
  }

  /** The JSON of a GET that must answer 200. */
  JsonNode read(String path) {
    Answer answer = get(path);
    if (answer.status() != 200) {
      throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.json();
  }

  private Answer follow(URI uri) {
    URI next = uri;
    for (int hop = 0; hop < 5; hop++) {
      HttpResponse<String> response = exchange(HttpRequest.newBuilder(next).GET());
      if (response.statusCode() / 100 != 3) {
        return new Answer(response.statusCode(), response.body());
      }
      next = next.resolve(response.headers().firstValue("Location").orElseThrow());
    }
    throw new IllegalStateException("more than 5 redirects from " + uri);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(20))
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest.Builder request) {
    HttpResponse<String> response = exchange(request);
    return new Answer(response.statusCode(), response.body());
  }

  private HttpResponse<String> exchange(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").forEach(this::keep);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int eq = pair.indexOf('=');
    if (eq > 0) {
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }
}
