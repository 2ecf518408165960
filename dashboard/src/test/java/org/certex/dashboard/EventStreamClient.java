package org.certex.dashboard;

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
final class EventStreamClient implements AutoCloseable {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final HttpResponse<InputStream> response;

  private EventStreamClient(HttpResponse<InputStream> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static EventStreamClient open(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
    return new EventStreamClient(http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
  }

  HttpResponse<InputStream> response() {
    return response;
  }

  /** Every line received so far, e.g. {@code event:delivery} and {@code data:{...}}. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  boolean received(String text) {
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
