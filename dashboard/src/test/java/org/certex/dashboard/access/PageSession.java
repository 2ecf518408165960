package org.certex.dashboard.access;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser's session as the tests hold it: the session cookie a link's key was exchanged for, and
 * the CSRF token {@code GET /api/session} gives for it. Requests never follow redirects, so a test
 * sees the exchange's 303 itself.
 */
final class PageSession {

  static final String COOKIE = "JSESSIONID";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;
  private final String base;
  private final String cookie;
  private String csrfToken;

  private PageSession(HttpClient http, String base, String cookie) {
    this.http = http;
    this.base = base;
    this.cookie = cookie;
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Opens a link (path and query) as a browser would; the link must be exchanged (303). */
  static PageSession open(HttpClient http, String base, String link)
      throws IOException, InterruptedException {
    return open(http, base, link, null);
  }

  /** Opens a link in a browser that already holds {@code session} (or none, if null). */
  static PageSession open(HttpClient http, String base, String link, PageSession session)
      throws IOException, InterruptedException {
    HttpResponse<String> exchanged = get(http, base, link, session == null ? null : session.cookie);
    if (exchanged.statusCode() != 303) {
      throw new AssertionError(link + " answered " + exchanged.statusCode() + ", not 303");
    }
    String cookie =
        sessionCookie(exchanged)
            .orElseThrow(() -> new AssertionError(link + " set no session cookie"));
    return new PageSession(http, base, cookie.substring(cookie.indexOf('=') + 1).split(";")[0]);
  }

  static HttpResponse<String> get(HttpClient http, String base, String path, String cookie)
      throws IOException, InterruptedException {
    return request(
        http,
        base,
        "GET",
        path,
        null,
        cookie == null ? List.of() : List.of("Cookie", COOKIE + "=" + cookie));
  }

  /** The {@code Set-Cookie} header that sets the session cookie, as it came. */
  static Optional<String> sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(value -> value.startsWith(COOKIE + "="))
        .findFirst();
  }

  String cookie() {
    return cookie;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(http, base, path, cookie);
  }

  /** {@code GET /api/session} with this session's cookie. */
  JsonNode session() throws IOException, InterruptedException {
    HttpResponse<String> answer = get("/api/session");
    if (answer.statusCode() != 200) {
      throw new AssertionError("/api/session answered " + answer.statusCode());
    }
    return JSON.readTree(answer.body());
  }

  /** The CSRF token the page would send, fetched once. */
  String csrfToken() throws IOException, InterruptedException {
    if (csrfToken == null) {
      csrfToken = session().get("csrf").get("token").asString();
    }
    return csrfToken;
  }

  /** A write with the cookie, and the CSRF token unless {@code withToken} is false. */
  HttpResponse<String> send(String method, String path, String json, boolean withToken)
      throws IOException, InterruptedException {
    List<String> headers = new ArrayList<>(List.of("Cookie", COOKIE + "=" + cookie));
    if (withToken) {
      headers.addAll(List.of(AccessSecurityConfiguration.CSRF_HEADER, csrfToken()));
    }
    return request(http, base, method, path, json, headers);
  }

  /**
   * Any request; its body is read only for an answer that is not a stream, so a live stream's
   * answer comes back as soon as its headers do.
   */
  static HttpResponse<String> request(
      HttpClient http, String base, String method, String path, String json, List<String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (!headers.isEmpty()) {
      request.headers(headers.toArray(String[]::new));
    }
    HttpResponse<InputStream> answer =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    String body;
    try (InputStream in = answer.body()) {
      boolean stream =
          answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
      body = stream ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    return new Answered(answer, body);
  }

  /** An answer whose body was read (or left, for a stream). */
  private record Answered(HttpResponse<InputStream> answer, String body)
      implements HttpResponse<String> {

    @Override
    public int statusCode() {
      return answer.statusCode();
    }

    @Override
    public HttpRequest request() {
      return answer.request();
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return answer.headers();
    }

    @Override
    public Optional<javax.net.ssl.SSLSession> sslSession() {
      return answer.sslSession();
    }

    @Override
    public URI uri() {
      return answer.uri();
    }

    @Override
    public HttpClient.Version version() {
      return answer.version();
    }
  }
}
