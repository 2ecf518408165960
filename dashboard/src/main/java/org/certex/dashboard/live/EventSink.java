package org.certex.dashboard.live;

import java.io.IOException;

/**
 * Where one live stream's bytes go, written without ever waiting for the browser: a write is made
 * only when {@link #isReady()} says the connection takes it at once, and the sink calls {@link
 * Listener#writable()} when it does again. So no thread ever waits on a browser that stopped
 * reading; {@link ServletEventSink} is the one for the servlet container.
 */
interface EventSink {

  /** What the sink tells its stream. */
  interface Listener {

    /** The connection takes bytes again (it is called once after {@link #start} too). */
    void writable();

    /** The stream ended on the container's side: timed out, failed or completed. */
    void ended();
  }

  /** Starts telling {@code listener}; called once, before anything is written. */
  void start(Listener listener);

  /**
   * Whether a write now is taken at once. When it says no, the sink calls {@link
   * Listener#writable()} once it would; until then nothing may be written.
   */
  boolean isReady();

  /** Writes bytes; only right after {@link #isReady()} said yes. */
  void write(byte[] bytes) throws IOException;

  /** Sends what was written so far; only right after {@link #isReady()} said yes. */
  void flush() throws IOException;

  /** Ends the stream; the browser reconnects. Safe to call more than once. */
  void close();
}
