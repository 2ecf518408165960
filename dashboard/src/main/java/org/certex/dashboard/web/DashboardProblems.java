package org.certex.dashboard.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every refusal Spring MVC raises into a problem detail ({@code application/problem+json})
 * with a {@code detail} sentence, as the dashboard's own refusals are: a body that is not an
 * action, a method or media type the endpoint does not take, a path with nothing behind it, and the
 * dashboard's {@code ResponseStatusException}s. Sentences name what was expected; they repeat
 * nothing of the request but the names of fields and methods.
 */
@RestControllerAdvice
public class DashboardProblems extends ResponseEntityExceptionHandler {

  public static final String ACTION_SHAPE =
      "{\"type\": \"ACKNOWLEDGE\" | \"SHARE\" | \"REPORT\" | ..., \"alertId\": \"...\", \"targets\":"
          + " [\"ORG\", ...], \"note\": \"...\", and the type's own fields (docs/DASHBOARD.md)}";

  /** What a team's own alert is, for the same sentences on the alerts endpoint. */
  public static final String ALERT_SHAPE =
      "{\"addressees\": [\"ORG\", ...], \"tlp\", \"pap\", \"rsit\": \"class/type\", \"severity\","
          + " \"text\", \"indicators\": [{\"type\", \"value\"}], \"campaign\", \"derivedFrom\"}";

  /**
   * A response already under way (a live stream the browser left) can take no problem detail;
   * Spring would warn of each one, and every closed stream is one.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    if (request instanceof ServletWebRequest servlet
        && servlet.getResponse() != null
        && servlet.getResponse().isCommitted()) {
      return null;
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    boolean alert =
        request instanceof ServletWebRequest servlet
            && servlet.getRequest().getRequestURI().endsWith("/alerts");
    String detail = alert ? unreadable(ex, "an alert", ALERT_SHAPE) : unreadable(ex);
    return problem(ex, headers, HttpStatus.BAD_REQUEST, detail, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Set<HttpMethod> supported = ex.getSupportedHttpMethods();
    String detail =
        "This path does not take "
            + ex.getMethod()
            + (supported == null || supported.isEmpty()
                ? ""
                : "; it takes "
                    + supported.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
    return problem(ex, headers, status, detail, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(
        ex, headers, status, "This takes a JSON body (Content-Type: application/json)", request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String offered =
        ex.getSupportedMediaTypes().stream()
            .map(Object::toString)
            .collect(Collectors.joining(", "));
    return problem(
        ex,
        headers,
        status,
        "This answers in " + (offered.isEmpty() ? "JSON" : offered) + " only; ask for that",
        request);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return problem(ex, headers, status, "Nothing is served at /" + ex.getResourcePath(), request);
  }

  private ResponseEntity<Object> problem(
      Exception ex, HttpHeaders headers, HttpStatusCode status, String detail, WebRequest request) {
    return handleExceptionInternal(
        ex, createProblemDetail(ex, status, detail, null, null, request), headers, status, request);
  }

  /** Why a body could not be read as an action, in one sentence. */
  static String unreadable(HttpMessageNotReadableException ex) {
    return unreadable(ex, "an action", ACTION_SHAPE);
  }

  /** Why a body could not be read as {@code what} the endpoint takes, in one sentence. */
  static String unreadable(HttpMessageNotReadableException ex, String what, String shape) {
    Throwable cause = ex.getCause();
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().get(0).getPropertyName();
      return "The body is not "
          + what
          + ": '"
          + (field == null ? "?" : field)
          + "' has the wrong type; "
          + what
          + " is "
          + shape;
    }
    if (cause instanceof StreamReadException parse && parse.getLocation() != null) {
      return "The body is not valid JSON (line %d, column %d); %s is %s"
          .formatted(
              parse.getLocation().getLineNr(), parse.getLocation().getColumnNr(), what, shape);
    }
    if (cause instanceof JacksonException) {
      return "The body is not " + what + "; " + what + " is " + shape;
    }
    return "This needs a JSON body: " + shape;
  }
}
