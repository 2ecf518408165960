package org.certex.dashboard.live;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A live stream's connection, written with the servlet container's non-blocking output ({@link
 * WriteListener}, {@link ServletOutputStream#isReady()}): a write never waits for the browser; when
 * the connection's buffers are full, the container calls back once they drained. Ending the stream
 * does not wait either: the container sends what is left, if the browser ever takes it, and closes
 * the connection ({@code Connection: close}, as a stream's connection is not worth keeping).
 */
final class ServletEventSink implements EventSink, WriteListener, AsyncListener {

  private final AsyncContext async;
  private final ServletOutputStream out;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Listener listener;

  private ServletEventSink(AsyncContext async, ServletOutputStream out) {
    this.async = async;
    this.out = out;
  }

  /**
   * Turns the request into an open event stream, for at most {@code timeout}.
   *
   * @throws IOException if the response cannot be written at all
   */
  static ServletEventSink open(
      HttpServletRequest request, HttpServletResponse response, Duration timeout)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONNECTION, "close");
    AsyncContext async = request.startAsync(request, response);
    async.setTimeout(timeout.toMillis());
    return new ServletEventSink(async, response.getOutputStream());
  }

  @Override
  public void start(Listener listener) {
    this.listener = listener;
    async.addListener(this);
    out.setWriteListener(this);
  }

  @Override
  public boolean isReady() {
    return !closed.get() && out.isReady();
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    out.write(bytes);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        async.complete();
      } catch (IllegalStateException e) {
        // the container ended it first (timeout, error)
      }
    }
  }

  // WriteListener, on a container thread

  @Override
  public void onWritePossible() {
    listener.writable();
  }

  @Override
  public void onError(Throwable failure) {
    ended();
  }

  // AsyncListener, on a container thread

  @Override
  public void onComplete(AsyncEvent event) {
    closed.set(true);
    listener.ended();
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    ended();
  }

  @Override
  public void onError(AsyncEvent event) {
    ended();
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted
  }

  /** Completes the request, so the container does not answer a timeout or error on its own. */
  private void ended() {
    close();
    listener.ended();
  }
}
