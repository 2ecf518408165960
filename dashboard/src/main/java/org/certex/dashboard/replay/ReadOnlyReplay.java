package org.certex.dashboard.replay;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.certex.dashboard.web.Problems;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A replaying dashboard changes nothing: every call of a dashboard handler that is not a read (a
 * team's action or alert, exercise control's orders) is answered 409 before the key or the body is
 * looked at, so nothing reaches the run's topics. Ending one's own session stays possible.
 */
final class ReadOnlyReplay implements HandlerInterceptor {

  private static final String DASHBOARD_PACKAGE = "org.certex.dashboard";
  private static final String ACCESS_PACKAGE = DASHBOARD_PACKAGE + ".access";

  private final String runId;

  ReadOnlyReplay(String runId) {
    this.runId = runId;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method) || reads(request) || !isDashboards(method)) {
      return true;
    }
    if (method.getBeanType().getPackageName().equals(ACCESS_PACKAGE)) {
      return true; // signing out
    }
    Problems.write(response, HttpStatus.CONFLICT, refusal(runId), request.getRequestURI());
    return false;
  }

  static String refusal(String runId) {
    return "This dashboard replays run " + runId + "; it is read-only";
  }

  private static boolean reads(HttpServletRequest request) {
    return HttpMethod.GET.matches(request.getMethod())
        || HttpMethod.HEAD.matches(request.getMethod())
        || HttpMethod.OPTIONS.matches(request.getMethod());
  }

  private static boolean isDashboards(HandlerMethod method) {
    String pkg = method.getBeanType().getPackageName();
    return pkg.equals(DASHBOARD_PACKAGE) || pkg.startsWith(DASHBOARD_PACKAGE + ".");
  }
}
