package org.certex.dashboard.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.certex.dashboard.access.AccessInterceptor;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the body of a request whose handler takes one ({@link RequestBody}) without holding a
 * request thread while the bytes arrive: after the access check has let the request through, it
 * goes asynchronous and a {@link BodyReader} collects the body with the container's non-blocking
 * input, at most {@code max-request-body} bytes (413 beyond, chunked bodies included) within {@code
 * request-body-timeout} (408 after). Once the body is in, the request is dispatched again, and this
 * time the handler reads it from memory.
 *
 * <p>Register it after {@link AccessInterceptor}: a request without the right key is refused before
 * anything of its body is read.
 */
public final class RequestBodyIntake implements HandlerInterceptor {

  private final long maxBytes;
  private final long timeoutMillis;

  public RequestBodyIntake(long maxBytes, long timeoutMillis) {
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method && takesBody(method))) {
      return true;
    }
    if (request.getDispatcherType() == DispatcherType.ASYNC
        && request.getAttribute(BodyReader.BODY_READ) != null) {
      return true; // the second pass: the body is in memory
    }
    if (!RequestBodyGate.hasBody(request)) {
      return true; // the handler says what is missing
    }
    BufferedBodyRequest buffered = new BufferedBodyRequest(request);
    AsyncContext async = request.startAsync(buffered, response);
    async.setTimeout(timeoutMillis);
    BodyReader reader = new BodyReader(async, buffered, maxBytes, timeoutMillis);
    async.addListener(reader);
    request.getInputStream().setReadListener(reader);
    return false;
  }

  private static boolean takesBody(HandlerMethod method) {
    return Arrays.stream(method.getMethodParameters())
        .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
  }
}
