package org.certex.dashboard.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report, for what Tomcat refuses before any servlet sees the request (a path with
 * an encoded slash or NUL, a malformed escape, an invalid URI): a problem detail like every other
 * refusal of the dashboard, in place of Tomcat's HTML page. Found by the HTTP fuzzer (issue 13):
 * {@code GET /api/runs/a%2Fb/access} answered 400 with {@code text/html}. A server error says only
 * that the log has it, as {@link DashboardErrorController} does.
 */
final class ProblemReportValve extends ErrorReportValve {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  ProblemReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    String reason = status == null ? "Error " + code : status.getReasonPhrase();
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", reason);
    problem.put("status", code);
    problem.put("detail", detail(code, reason, response.getMessage()));
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response cannot take a body: nothing more to tell it.
    }
  }

  private static String detail(int code, String reason, String message) {
    if (code >= 500) {
      return "The dashboard could not answer this request; its log says why";
    }
    String text = message == null ? "" : message.strip();
    return text.isEmpty() ? reason + ": this request was refused" : reason + ": " + text;
  }
}
