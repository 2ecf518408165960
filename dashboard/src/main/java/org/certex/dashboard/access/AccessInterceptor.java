package org.certex.dashboard.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.certex.dashboard.web.DashboardErrorController;
import org.certex.dashboard.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces on the server who may call which API endpoint, before its handler runs: a trainee must
 * never receive an alert the sharing policy did not deliver to their CERT, whatever they type in
 * the address bar. It checks every handler method of the dashboard's controllers, by handler rather
 * than by URL, so no spelling of a path slips past it. Each handler declares its {@link Clearance};
 * one that declares none is refused (closed by default). The page and its scripts are not the
 * dashboard's handler methods and pass; the error answers ({@link DashboardErrorController}) are
 * open.
 *
 * <p>Who the caller is comes from Spring Security ({@link AccessSecurityConfiguration}): the grants
 * a page's session cookie carries ({@link SessionGrants}, from a link's key exchanged once) or the
 * key an API client sends in the {@value #KEY_HEADER} header ({@link HeaderKey}); {@link
 * ClearancePolicy} decides. This stays an interceptor rather than a rule of the security filter
 * chain because only here are the handler and its path variables known (a filter would have to
 * match paths a second time, the by-URL check this avoids), and rather than method security because
 * that runs after the arguments are resolved, i.e. after a body was read for a request not yet let
 * in. A key in the query string is no longer read: it would leak into logs, and a page's
 * EventSource now sends its session cookie. A refusal is 403, a problem detail and nothing else;
 * the request's body, if any, stays unread. What is let through is marked {@code no-store}, so no
 * shared cache hands a keyed answer to someone without the key. The role the caller was let in as
 * is left in the request attribute {@link #GRANTED_ROLE}.
 */
public final class AccessInterceptor implements HandlerInterceptor {

  public static final String KEY_HEADER = "X-Certex-Key";
  static final String RUN_VARIABLE = "runId";
  static final String CERT_VARIABLE = "orgId";
  public static final String GRANTED_ROLE = "org.certex.dashboard.AccessInterceptor.role";

  private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);

  /** The dashboard's root package: every handler of its feature packages is checked. */
  private static final String DASHBOARD_PACKAGE = "org.certex.dashboard";

  static final String REFUSAL = "This needs the link your exercise control gave you";

  private final ClearancePolicy policy;

  public AccessInterceptor(ClearancePolicy policy) {
    this.policy = policy;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method && isDashboards(method))) {
      return true;
    }
    Optional<Clearance> clearance = clearanceOf(method);
    if (clearance.isEmpty()) {
      return refuse(request, response);
    }
    if (clearance.get() == Clearance.OPEN) {
      return true;
    }
    Optional<AccessRole> role = grantedRole(request, clearance.get());
    if (role.isEmpty()) {
      return refuse(request, response);
    }
    request.setAttribute(GRANTED_ROLE, role.get());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return true;
  }

  private static boolean isDashboards(HandlerMethod method) {
    String pkg = method.getBeanType().getPackageName();
    return pkg.equals(DASHBOARD_PACKAGE) || pkg.startsWith(DASHBOARD_PACKAGE + ".");
  }

  private static Optional<Clearance> clearanceOf(HandlerMethod method) {
    RequiresClearance declared = method.getMethodAnnotation(RequiresClearance.class);
    if (declared == null) {
      log.warn("Refused a call of {}: it declares no @RequiresClearance", method);
      return Optional.empty();
    }
    return Optional.of(declared.value());
  }

  private Optional<AccessRole> grantedRole(HttpServletRequest request, Clearance clearance) {
    Map<String, String> variables = pathVariables(request);
    String runId = variables.get(RUN_VARIABLE);
    boolean namesCert = clearance == Clearance.CERT || clearance == Clearance.TEAM_ACTION;
    String certId = namesCert ? variables.get(CERT_VARIABLE) : null;
    if (runId == null || (namesCert && certId == null)) {
      log.warn("Refused {}: its path names no run or no CERT", request.getRequestURI());
      return Optional.empty();
    }
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return policy.admit(caller, clearance, runId, certId, reads(request));
  }

  private static boolean reads(HttpServletRequest request) {
    return HttpMethod.GET.matches(request.getMethod())
        || HttpMethod.HEAD.matches(request.getMethod());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> pathVariables(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  private static boolean refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Problems.write(response, HttpStatus.FORBIDDEN, REFUSAL, request.getRequestURI());
    return false;
  }
}
