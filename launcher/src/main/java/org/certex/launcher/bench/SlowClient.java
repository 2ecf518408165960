package org.certex.launcher.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A browser that stops reading its live stream: it opens the stream with a small receive buffer and
 * then never reads it, or reads one byte at each {@link #trickle()} (once a second). The server
 * must drop it without holding up anyone else; {@link #readsToTheEnd} then tells whether it did.
 */
final class SlowClient implements AutoCloseable {

  /** How a slow client reads. */
  enum Pace {
    NEVER,
    BYTE_A_SECOND
  }

  /** A receive buffer the size of a few events: the kernel holds little for a slow browser. */
  static final int RECEIVE_BUFFER = 4 * 1024;

  private final Pace pace;
  private final Socket socket;
  private volatile boolean ended;

  private SlowClient(Pace pace, Socket socket) {
    this.pace = pace;
    this.socket = socket;
  }

  static SlowClient open(Pace pace, int port, String path, String key) throws IOException {
    return new SlowClient(pace, LiveClient.StreamRequest.connect(port, path, key, RECEIVE_BUFFER));
  }

  Pace pace() {
    return pace;
  }

  /** Reads one byte if this client reads a byte a second; called once a second. */
  void trickle() {
    if (pace != Pace.BYTE_A_SECOND || ended) {
      return;
    }
    try {
      socket.setSoTimeout(200);
      if (socket.getInputStream().read() == -1) {
        ended = true;
      }
    } catch (SocketTimeoutException e) {
      // nothing came this second
    } catch (IOException e) {
      ended = true;
    }
  }

  /**
   * Reads all that is left as fast as it comes: true if the server ended the stream (the end of the
   * stream or a reset) within {@code timeout}, false if it still holds it open.
   */
  boolean readsToTheEnd(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[64 * 1024];
    try {
      InputStream in = socket.getInputStream();
      while (!ended) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
        if (in.read(buffer) == -1) {
          ended = true;
        }
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset by the server: ended too
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
