package org.certex.dashboard.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;

/**
 * Closes the connection after a response to a request whose body nobody read, instead of letting
 * Tomcat drain the rest of the body on the request thread to keep the connection alive. Tomcat
 * drains after any answer that does not itself drop the connection (a 403 to a request without the
 * right key, a 404, a 405), and a client that sent half its body would hold that thread until the
 * connection timed out: a few hundred of them took every thread.
 *
 * <p>Tomcat-specific, as the problem is: the servlet API has no way to say "do not drain".
 */
final class UnreadBodyValve extends ValveBase {

  UnreadBodyValve() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    getNext().invoke(request, response);
    if (request.isAsyncStarted() || request.isFinished()) {
      return;
    }
    if (!response.isCommitted()) {
      response.setHeader(HttpHeaders.CONNECTION, "close");
    }
    // Tomcat notes "do not drain" as an error: it would answer a 2xx as 500 and render the error
    // page on top of the answer. Neither is wanted here, so both are undone.
    int status = response.getStatus();
    boolean errorPageDue = response.isErrorReportRequired();
    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
    response.getCoyoteResponse().setStatus(status);
    if (!errorPageDue) {
      response.setErrorReported();
    }
  }
}
