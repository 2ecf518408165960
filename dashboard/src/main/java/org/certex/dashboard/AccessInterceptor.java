package org.certex.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Enforces on the server who may call which API endpoint, before its handler runs: a trainee must
 * never receive an alert the sharing policy did not deliver to their CERT, whatever they type in
 * the address bar. It checks every handler method of the dashboard's controllers, by handler rather
 * than by URL, so no spelling of a path slips past it. Each handler declares its {@link Clearance};
 * one that declares none is refused (closed by default). The page and its scripts are not the
 * dashboard's handler methods and pass; the error answers ({@link DashboardErrorController}) are
 * open.
 *
 * <p>The key comes from the {@value #KEY_HEADER} header or the {@value #KEY_PARAMETER} query
 * parameter (a browser's EventSource cannot send headers), never from a form body: looking there
 * would read the body of a request not yet let in. A refusal is 403, a problem detail and nothing
 * else; the request's body, if any, stays unread. What is let through is marked {@code no-store},
 * so no shared cache hands a keyed answer to someone without the key. The role a key was recognised
 * as is left in the request attribute {@link #GRANTED_ROLE}.
 */
final class AccessInterceptor implements HandlerInterceptor {

  static final String KEY_HEADER = "X-Certex-Key";
  static final String KEY_PARAMETER = "key";
  static final String RUN_VARIABLE = "runId";
  static final String CERT_VARIABLE = "orgId";
  static final String GRANTED_ROLE = "org.certex.dashboard.AccessInterceptor.role";

  private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);
  private static final String DASHBOARD_PACKAGE = AccessInterceptor.class.getPackageName();
  static final String REFUSAL = "This needs the link your exercise control gave you";

  private final AccessKeys keys;

  AccessInterceptor(AccessKeys keys) {
    this.keys = keys;
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
    return method.getBeanType().getPackageName().startsWith(DASHBOARD_PACKAGE);
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
    return keys.roleOf(runId, presentedKey(request), certId);
  }

  private static String presentedKey(HttpServletRequest request) {
    String header = request.getHeader(KEY_HEADER);
    if (header != null && !header.isBlank()) {
      return header;
    }
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    return UriComponentsBuilder.newInstance()
        .query(query)
        .build()
        .getQueryParams()
        .getOrDefault(KEY_PARAMETER, List.of())
        .stream()
        .findFirst()
        .map(value -> URLDecoder.decode(value == null ? "" : value, StandardCharsets.UTF_8))
        .orElse(null);
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
