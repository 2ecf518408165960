package org.certex.dashboard.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reads a server-sent event stream line by line on a background thread, as a browser would. */
public final class EventStreamClient implements AutoCloseable {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final HttpResponse<InputStream> response;

  private EventStreamClient(HttpResponse<InputStream> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the stream, with further headers given as name, value, name, value... */
  public static EventStreamClient open(HttpClient http, URI uri, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return new EventStreamClient(
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
  }

  public HttpResponse<InputStream> response() {
    return response;
  }

  /** Every line received so far, e.g. {@code event:delivery} and {@code data:{...}}. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  public boolean received(String text) {
    return lines.stream().anyMatch(line -> line.contains(text));
  }

  @Override
  public void close() throws IOException {
    response.body().close();
  }

  private void read() {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the stream was closed: the end of this reader
    }
  }
}
