package org.certex.launcher.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * One browser's live stream, as an {@code EventSource} holds it: an HTTP/1.1 GET with the access
 * key in the {@code X-Certex-Key} header, read as fast as it comes on a thread of its own. It
 * keeps, for every {@code delivery} event, the delivery's code ({@link LiveDeliveries#code}), its
 * event id's number and when it arrived, in flat arrays, so that 200 of them over a soak stay
 * small.
 */
final class LiveClient implements AutoCloseable {

  private final String name;
  private final Socket socket;
  private final ToLongFunction<String> codes;
  private final LongSeries deliveries = new LongSeries();
  private final LongSeries eventNumbers = new LongSeries();
  private final LongSeries arrivals = new LongSeries();
  private final Thread reader;
  private volatile int status;
  private volatile boolean ended;
  private volatile String failure;

  private LiveClient(String name, Socket socket, ToLongFunction<String> codes) {
    this.name = name;
    this.socket = socket;
    this.codes = codes;
    this.reader = new Thread(this::read, "certex-bench-live-" + name);
    reader.setDaemon(true);
  }

  /**
   * Opens {@code path} on the dashboard at {@code port} and starts reading it.
   *
   * @param codes a delivery event's data (JSON) to its code
   */
  static LiveClient open(
      String name, int port, String path, String key, ToLongFunction<String> codes)
      throws IOException {
    Socket socket = StreamRequest.connect(port, path, key, 0);
    LiveClient client = new LiveClient(name, socket, codes);
    client.reader.start();
    return client;
  }

  String name() {
    return name;
  }

  /** The HTTP status answered, or 0 before the headers came. */
  int status() {
    return status;
  }

  /** How many delivery events came so far. */
  int deliveries() {
    return deliveries.size();
  }

  /** The codes of the deliveries received, in the order they came. */
  long[] deliveryCodes() {
    return deliveries.toArray();
  }

  /** Each delivery event's id number ({@code EPOCH-N}'s N), in the order they came. */
  long[] eventNumbers() {
    return eventNumbers.toArray();
  }

  /** {@link System#nanoTime()} at each delivery event's arrival. */
  long[] arrivals() {
    return arrivals.toArray();
  }

  /** Whether the server ended the stream. */
  boolean ended() {
    return ended;
  }

  /** Why reading failed, or null. */
  String failure() {
    return failure;
  }

  private void read() {
    try (InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024)) {
      StreamRequest.Head head = StreamRequest.readHead(in);
      status = head.status();
      if (status != 200) {
        return;
      }
      SseLines lines = new SseLines(head.chunked() ? new ChunkedInput(in) : in);
      String id = null;
      String event = null;
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (line.isEmpty()) {
          id = null;
          event = null;
        } else if (line.startsWith("id:")) {
          id = line.substring(3);
        } else if (line.startsWith("event:")) {
          event = line.substring(6);
        } else if (line.startsWith("data:") && "delivery".equals(event)) {
          arrivals.add(System.nanoTime());
          deliveries.add(codes.applyAsLong(line.substring(5)));
          eventNumbers.add(id == null ? -1 : Long.parseLong(id.substring(id.indexOf('-') + 1)));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!socket.isClosed()) {
        failure = e.toString();
      }
    } finally {
      ended = true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    try {
      reader.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The request a stream starts with, and the answer's head. */
  static final class StreamRequest {

    private StreamRequest() {}

    /**
     * Connects and sends the GET.
     *
     * @param receiveBuffer the socket's receive buffer in bytes, or 0 for the system's
     */
    static Socket connect(int port, String path, String key, int receiveBuffer) throws IOException {
      Socket socket = new Socket();
      if (receiveBuffer > 0) {
        socket.setReceiveBufferSize(receiveBuffer);
      }
      socket.connect(new InetSocketAddress("localhost", port), 5_000);
      OutputStream out = socket.getOutputStream();
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: localhost:"
              + port
              + "\r\nAccept: text/event-stream\r\nX-Certex-Key: "
              + key
              + "\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return socket;
    }

    /** An answer's status, and whether its body comes in chunks. */
    record Head(int status, boolean chunked) {}

    /**
     * Reads the status line and the headers. The body is chunked or, as the dashboard answers a
     * stream with {@code Connection: close}, may be all that comes until the connection closes.
     */
    static Head readHead(InputStream in) throws IOException {
      String statusLine = line(in);
      if (statusLine == null || statusLine.length() < 12) {
        throw new IOException("no HTTP status line: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      boolean chunked = false;
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
      }
      return new Head(status, chunked);
    }

    static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != -1; b = in.read()) {
        if (b == '\n') {
          int end = line.length();
          return end > 0 && line.charAt(end - 1) == '\r'
              ? line.substring(0, end - 1)
              : line.toString();
        }
        line.append((char) b);
      }
      return line.isEmpty() ? null : line.toString();
    }
  }
}
