package org.certex.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 connection over a plain socket on the loopback, for clients a well-behaved library
 * would never be: one that sends half a body and stops, one that opens a stream and never reads.
 * Every read has a deadline, so a test using it ends whatever the server does.
 */
public final class RawConnection implements AutoCloseable {

  private final Socket socket;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  private RawConnection(Socket socket) {
    this.socket = socket;
  }

  public static RawConnection open(int port) throws IOException {
    return open(port, 0);
  }

  /**
   * @param receiveBuffer the socket's receive buffer in bytes (0: the system's), set before the
   *     connection so a client that reads nothing advertises a small window
   */
  public static RawConnection open(int port, int receiveBuffer) throws IOException {
    Socket socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    return new RawConnection(socket);
  }

  /** Sends text as it is (the caller writes the CRLFs). */
  public RawConnection send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  public RawConnection send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return this;
  }

  /** A request line and headers, ended by the blank line; the body, if any, is sent separately. */
  public static String head(String method, String path, String... headers) {
    StringBuilder head =
        new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  /**
   * Reads until the server has sent a whole response head, or the time is up.
   *
   * @return the status code, or -1 if no whole head came in time
   */
  public int status(Duration within) throws IOException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!text().contains("\r\n\r\n")) {
      if (!readSome(deadline)) {
        return -1;
      }
    }
    String statusLine = text().substring(0, text().indexOf("\r\n"));
    return Integer.parseInt(statusLine.split(" ")[1]);
  }

  /** Reads until the server closes the connection, or the time is up; true if it closed. */
  public boolean closedByServer(Duration within) throws IOException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try {
        if (!readSome(deadline)) {
          return false;
        }
      } catch (IOException e) {
        return true; // reset by the server
      }
      if (socket.isInputShutdown()) {
        return true;
      }
    }
  }

  /**
   * Reads until the response has ended (its last chunk came, or the server closed the connection),
   * or the time is up; true if it ended. Keeps only the tail of what it reads.
   */
  public boolean responseEnded(Duration within) throws IOException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try {
        if (!readSome(deadline)) {
          return false;
        }
      } catch (IOException e) {
        return true;
      }
      String text = text();
      if (socket.isInputShutdown() || text.endsWith("\r\n0\r\n\r\n")) {
        return true;
      }
      if (received.size() > 1024 * 1024) {
        byte[] tail = received.toByteArray();
        received.reset();
        received.write(tail, tail.length - 16, 16);
      }
    }
  }

  /** Everything received so far, as text. */
  public String text() {
    return received.toString(StandardCharsets.UTF_8);
  }

  /** The received response's body, after the head (chunk framing left in, if chunked). */
  public String body() {
    String text = text();
    int end = text.indexOf("\r\n\r\n");
    return end < 0 ? "" : text.substring(end + 4);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /**
   * Reads what is there, waiting at most until the deadline.
   *
   * @return false when the deadline passed without data; true after data or the end of the stream
   *     (which then shuts the input down)
   */
  private boolean readSome(long deadline) throws IOException {
    long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
    if (left <= 0) {
      return false;
    }
    socket.setSoTimeout((int) Math.max(1, left));
    byte[] buffer = new byte[64 * 1024];
    InputStream in = socket.getInputStream();
    try {
      int read = in.read(buffer);
      if (read < 0) {
        socket.shutdownInput();
        return true;
      }
      received.write(buffer, 0, read);
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }
}
