package org.certex.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.live.EventStreamClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's HTTP API as a test sees it: plain requests, JSON trees, event streams. */
public final class DashboardClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  public DashboardClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  /** A GET with an access key in the {@code X-Certex-Key} header, as the page's fetch sends it. */
  public HttpResponse<String> get(String path, String key)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header(AccessInterceptor.KEY_HEADER, key));
  }

  /** A POST of a JSON body with an access key in the header, as the page's fetch sends it. */
  public HttpResponse<String> post(String path, String key, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header(AccessInterceptor.KEY_HEADER, key)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Any request, with headers given as name, value, name, value...; a null body sends none. */
  HttpResponse<String> request(String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** The JSON answer to a GET that must succeed. */
  public JsonNode json(String path) throws IOException, InterruptedException {
    return json(path, get(path));
  }

  /** The JSON answer to a GET with an access key that must succeed. */
  public JsonNode json(String path, String key) throws IOException, InterruptedException {
    return json(path, get(path, key));
  }

  /** A live stream with an access key in the {@code X-Certex-Key} header, as an API client. */
  public EventStreamClient stream(String path, String key)
      throws IOException, InterruptedException {
    return EventStreamClient.open(http, uri(path), AccessInterceptor.KEY_HEADER, key);
  }

  /**
   * The path with a key in its query, as API calls once took it: the dashboard no longer reads it
   * there (a key in a URL leaks into logs and history).
   */
  public static String withKey(String path, String key) {
    return path + (path.contains("?") ? "&" : "?") + "key=" + key;
  }

  public static List<String> alertIds(JsonNode deliveries) {
    return StreamSupport.stream(deliveries.spliterator(), false)
        .map(delivery -> delivery.get("alertId").asString())
        .toList();
  }

  /** The deliveries a stream carried: the data line after each {@code event:delivery} line. */
  public static List<JsonNode> deliveriesIn(EventStreamClient stream) {
    List<String> lines = stream.lines();
    List<JsonNode> deliveries = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).equals("event:delivery")) {
        deliveries.add(JSON.readTree(lines.get(i + 1).substring("data:".length())));
      }
    }
    return deliveries;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path, HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(path + " answered " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }
}
