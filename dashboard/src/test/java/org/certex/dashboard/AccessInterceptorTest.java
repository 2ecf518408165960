package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

@DisplayName("The access check in front of the API")
class AccessInterceptorTest {

  private static final String RUN = "log4shell-20261123-090000";

  private final AccessKeys keys = AccessKeys.withSecret("a fixed test secret, 32+ characters");
  private final AccessInterceptor interceptor = new AccessInterceptor(keys);
  private final String frKey = keys.keyFor(RUN, AccessRole.cert("FR-CERT"));
  private final String controlKey = keys.keyFor(RUN, AccessRole.CONTROL);

  /** Handlers as the controllers declare them. */
  static final class Endpoints {
    @RequiresClearance(Clearance.OPEN)
    void open() {}

    @RequiresClearance(Clearance.CERT)
    void inbox() {}

    @RequiresClearance(Clearance.CONTROL)
    void board() {}

    void undeclared() {}
  }

  @Test
  @DisplayName("lets anyone call an open endpoint")
  void openEndpoint() throws Exception {
    assertThat(call("open", Map.of(), null).getStatus()).isEqualTo(200);
  }

  @Test
  @DisplayName("lets a CERT's key or the control key of the run into that CERT's inbox, no other")
  void certEndpoint() throws Exception {
    Map<String, String> frInbox = Map.of("runId", RUN, "orgId", "FR-CERT");
    Map<String, String> deInbox = Map.of("runId", RUN, "orgId", "DE-CERT");
    Map<String, String> frInboxOfAnotherRun = Map.of("runId", "other-run", "orgId", "FR-CERT");

    assertThat(call("inbox", frInbox, frKey).getStatus()).isEqualTo(200);
    assertThat(call("inbox", frInbox, controlKey).getStatus()).isEqualTo(200);
    assertRefused(call("inbox", frInbox, null));
    assertRefused(call("inbox", frInbox, "made-up"));
    assertRefused(call("inbox", deInbox, frKey));
    assertRefused(call("inbox", frInboxOfAnotherRun, frKey));
    assertRefused(call("inbox", frInboxOfAnotherRun, controlKey));
  }

  @Test
  @DisplayName("lets only the run's control key see more than one CERT")
  void controlEndpoint() throws Exception {
    Map<String, String> run = Map.of("runId", RUN);

    MockHttpServletResponse allowed = call("board", run, controlKey);
    assertThat(allowed.getStatus()).isEqualTo(200);
    assertThat(allowed.getHeader("Cache-Control")).isEqualTo("no-store");
    assertRefused(call("board", run, frKey));
    assertRefused(call("board", run, null));
    assertRefused(call("board", Map.of("runId", "other-run"), controlKey));
  }

  @Test
  @DisplayName("reads the key from the X-Certex-Key header too, and tells the handler the role")
  void keyInHeader() throws Exception {
    MockHttpServletRequest request = request(Map.of("runId", RUN, "orgId", "FR-CERT"));
    request.addHeader(AccessInterceptor.KEY_HEADER, frKey);

    boolean passed =
        interceptor.preHandle(request, new MockHttpServletResponse(), handler("inbox"));

    assertThat(passed).isTrue();
    assertThat(request.getAttribute(AccessInterceptor.GRANTED_ROLE))
        .isEqualTo(AccessRole.cert("FR-CERT"));
  }

  @Test
  @DisplayName("never looks for the key in a form body, which it would have to read first")
  void keyInFormBodyIsNotRead() throws Exception {
    MockHttpServletRequest request = request(Map.of("runId", RUN, "orgId", "FR-CERT"));
    request.setMethod("POST");
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent(("key=" + frKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    request.setParameter(AccessInterceptor.KEY_PARAMETER, frKey);
    MockHttpServletResponse response = new MockHttpServletResponse();

    assertThat(interceptor.preHandle(request, response, handler("inbox"))).isFalse();

    assertRefused(response);
  }

  @Test
  @DisplayName("refuses the dashboard's endpoints that declare no clearance, even to control")
  void closedByDefault() throws Exception {
    assertRefused(call("undeclared", Map.of("runId", RUN), controlKey));
  }

  @Test
  @DisplayName("lets through what no dashboard controller serves: the page, its scripts, errors")
  void otherHandlersPass() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    Object errorPage = new HandlerMethod(new Object(), Object.class.getMethod("toString"));

    assertThat(interceptor.preHandle(request(Map.of()), response, new Object())).isTrue();
    assertThat(interceptor.preHandle(request(Map.of()), response, errorPage)).isTrue();
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  @DisplayName("refuses an endpoint whose path names no run, whatever the key")
  void pathWithoutRun() throws Exception {
    assertRefused(call("board", Map.of(), controlKey));
    assertRefused(call("inbox", Map.of("runId", RUN), frKey));
  }

  private MockHttpServletResponse call(String endpoint, Map<String, String> path, String key)
      throws Exception {
    MockHttpServletRequest request = request(path);
    if (key != null) {
      request.setQueryString("run=x&" + AccessInterceptor.KEY_PARAMETER + "=" + key);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    boolean passed = interceptor.preHandle(request, response, handler(endpoint));
    assertThat(passed).isEqualTo(response.getStatus() == 200);
    return response;
  }

  private static MockHttpServletRequest request(Map<String, String> pathVariables) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/runs/test");
    request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, pathVariables);
    return request;
  }

  private static HandlerMethod handler(String name) throws NoSuchMethodException {
    return new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(name));
  }

  private static void assertRefused(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString())
        .contains("\"status\":403")
        .doesNotContain("alertId", "deliveryId");
  }
}
