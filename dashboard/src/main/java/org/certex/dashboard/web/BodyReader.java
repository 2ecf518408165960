package org.certex.dashboard.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Collects one request body with the container's non-blocking input, on container threads only
 * while bytes are there: at most {@code maxBytes}, within the request's async timeout. Then it
 * dispatches the request again with the body in memory, or answers 413 or 408 and closes the
 * connection (the rest of the body is not waited for).
 */
final class BodyReader implements ReadListener, AsyncListener {

  /** Request attribute set once the body is in memory. */
  static final String BODY_READ = BodyReader.class.getName() + ".read";

  private final AsyncContext async;
  private final BufferedBodyRequest request;
  private final long maxBytes;
  private final long timeoutMillis;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final byte[] buffer = new byte[8192];
  private final AtomicBoolean done = new AtomicBoolean();

  BodyReader(AsyncContext async, BufferedBodyRequest request, long maxBytes, long timeoutMillis) {
    this.async = async;
    this.request = request;
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public void onDataAvailable() throws IOException {
    ServletInputStream in = ((HttpServletRequest) request.getRequest()).getInputStream();
    while (!done.get() && in.isReady() && !in.isFinished()) {
      int read = in.read(buffer);
      if (read < 0) {
        return;
      }
      if (body.size() + read > maxBytes) {
        refuse(HttpStatus.CONTENT_TOO_LARGE, RequestBodyGate.tooLarge(maxBytes));
        return;
      }
      body.write(buffer, 0, read);
    }
  }

  @Override
  public void onAllDataRead() {
    if (done.compareAndSet(false, true)) {
      request.setBody(body.toByteArray());
      request.setAttribute(BODY_READ, Boolean.TRUE);
      async.dispatch();
    }
  }

  @Override
  public void onError(Throwable failure) {
    end(); // the client went away mid-body: nobody to answer
  }

  @Override
  public void onTimeout(AsyncEvent event) throws IOException {
    refuse(
        HttpStatus.REQUEST_TIMEOUT,
        "The request body did not arrive within %s s".formatted(seconds()));
  }

  @Override
  public void onError(AsyncEvent event) {
    end();
  }

  @Override
  public void onComplete(AsyncEvent event) {
    done.set(true);
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted
  }

  private void refuse(HttpStatus status, String detail) throws IOException {
    if (done.compareAndSet(false, true)) {
      HttpServletResponse response = (HttpServletResponse) async.getResponse();
      response.setHeader(HttpHeaders.CONNECTION, "close");
      try {
        Problems.write(response, status, detail, request.getRequestURI());
      } finally {
        async.complete();
      }
    }
  }

  private void end() {
    if (done.compareAndSet(false, true)) {
      async.complete();
    }
  }

  private String seconds() {
    long millis = timeoutMillis;
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : "%.1f".formatted(millis / 1000.0);
  }
}
