package org.certex.dashboard.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the servlet container sends what went wrong outside the handlers (in place of Boot's {@code
 * BasicErrorController}): the same problem details as every other refusal. Asked for directly,
 * {@code /error} is a path like any other with nothing behind it: 404. A server error says only
 * that the log has it; its exception never reaches the client.
 */
@RestController
public class DashboardErrorController implements ErrorController {

  @RequestMapping("${server.error.path:${error.path:/error}}")
  @RequiresClearance(Clearance.OPEN)
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!(code instanceof Integer value)) {
      return answer(
          Problems.of(HttpStatus.NOT_FOUND, "Nothing is served at " + request.getRequestURI()),
          request.getRequestURI());
    }
    HttpStatus status = HttpStatus.resolve(value);
    if (status == null || !status.isError()) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return answer(
        Problems.of(status, detail(status, request)), path == null ? null : path.toString());
  }

  private static String detail(HttpStatus status, HttpServletRequest request) {
    if (status.is5xxServerError()) {
      return "The dashboard could not answer this request; its log says why";
    }
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    String text = message == null ? "" : message.toString().strip();
    return text.isEmpty() ? status.getReasonPhrase() + ": this request was refused" : text;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, String path) {
    problem.setInstance(Problems.instance(path));
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
