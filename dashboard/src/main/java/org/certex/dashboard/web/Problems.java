package org.certex.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the dashboard is a problem detail (RFC 9457, {@code application/problem+json})
 * whose {@code detail} is a sentence a page may show as it is. This writes one where Spring's
 * message converters do not reach: in the access check, the request-body gate and the body intake.
 */
public final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  static ProblemDetail of(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail);
  }

  /** A request's path as a problem's {@code instance}, or null if it is not a valid URI. */
  static URI instance(String path) {
    if (path == null) {
      return null;
    }
    try {
      return new URI(null, null, path, null);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Answers with a problem detail, unless the response is already committed.
   *
   * @param path the request's path, as the problem's {@code instance}
   */
  public static void write(
      HttpServletResponse response, HttpStatus status, String detail, String path)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    if (path != null) {
      problem.put("instance", path);
    }
    byte[] body = JSON.writeValueAsBytes(problem);
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
