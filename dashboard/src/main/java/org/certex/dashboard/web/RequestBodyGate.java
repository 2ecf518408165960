package org.certex.dashboard.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.certex.dashboard.access.AccessInterceptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets: refuses, before a byte of it is read, a body the dashboard
 * would never take. One that declares more than {@code max-request-body} gets 413; a form or
 * multipart body gets 415, as the servlet container and Spring would otherwise parse those
 * (blocking, and before any access check) to look for parameters. The dashboard takes JSON only.
 *
 * <p>Whatever passes is still unread: the access check comes first ({@link AccessInterceptor}),
 * then {@link RequestBodyIntake} reads it without holding a thread. A body nobody reads is not
 * drained either ({@link UnreadBodyValve}), so every answer to a request with a body says {@code
 * Connection: close}: the connection may not outlive it.
 */
final class RequestBodyGate extends OncePerRequestFilter {

  private final long maxBytes;

  RequestBodyGate(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      Problems.write(
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          tooLarge(maxBytes) + "; this one declares %,d".formatted(declared),
          request.getRequestURI());
      return;
    }
    if (hasBody(request)) {
      // Said before anything is committed: the connection may be closed after the answer rather
      // than drained (see UnreadBodyValve), and a client must not send its next request on it.
      response.setHeader(HttpHeaders.CONNECTION, "close");
    }
    if (hasBody(request) && isForm(request.getContentType())) {
      Problems.write(
          response,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "The dashboard takes JSON request bodies only (Content-Type: application/json)",
          request.getRequestURI());
      return;
    }
    chain.doFilter(request, response);
  }

  /** The sentence of a refusal for size, for this gate and the body intake alike. */
  static String tooLarge(long maxBytes) {
    return "A request body has at most %,d bytes".formatted(maxBytes);
  }

  static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0
        || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }

  private static boolean isForm(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT).strip();
    return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        || type.startsWith("multipart/");
  }
}
