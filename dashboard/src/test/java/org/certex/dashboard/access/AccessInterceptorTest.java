package org.certex.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

@DisplayName("The access check in front of the API")
class AccessInterceptorTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final Map<String, String> FR_INBOX = Map.of("runId", RUN, "orgId", "FR-CERT");

  private final AccessKeys keys = AccessKeys.withSecret("a fixed test secret, 32+ characters");
  private final AccessInterceptor interceptor = new AccessInterceptor(new ClearancePolicy(keys));
  private final String frKey = keys.keyFor(RUN, AccessRole.cert("FR-CERT"));
  private final String controlKey = keys.keyFor(RUN, AccessRole.CONTROL);
  private final String evaluatorKey = keys.keyFor(RUN, AccessRole.EVALUATOR);

  /** Handlers as the controllers declare them. */
  static final class Endpoints {
    @RequiresClearance(Clearance.OPEN)
    void open() {}

    @RequiresClearance(Clearance.CERT)
    void inbox() {}

    @RequiresClearance(Clearance.TEAM_ACTION)
    void act() {}

    @RequiresClearance(Clearance.OBSERVE)
    void board() {}

    @RequiresClearance(Clearance.CONTROL)
    void control() {}

    void undeclared() {}
  }

  @AfterEach
  void forgetCaller() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @DisplayName("lets anyone call an open endpoint")
  void openEndpoint() throws Exception {
    assertThat(call("GET", "open", Map.of(), null).getStatus()).isEqualTo(200);
    assertThat(call("POST", "open", Map.of(), null).getStatus()).isEqualTo(200);
  }

  @Test
  @DisplayName("lets a CERT's key, the control key or the evaluator key of the run read its inbox")
  void certEndpoint() throws Exception {
    Map<String, String> deInbox = Map.of("runId", RUN, "orgId", "DE-CERT");
    Map<String, String> frInboxOfAnotherRun = Map.of("runId", "other-run", "orgId", "FR-CERT");

    assertThat(call("GET", "inbox", FR_INBOX, header(frKey)).getStatus()).isEqualTo(200);
    assertThat(call("GET", "inbox", FR_INBOX, header(controlKey)).getStatus()).isEqualTo(200);
    assertThat(call("GET", "inbox", FR_INBOX, header(evaluatorKey)).getStatus()).isEqualTo(200);
    assertRefused(call("GET", "inbox", FR_INBOX, null));
    assertRefused(call("GET", "inbox", FR_INBOX, header("made-up")));
    assertRefused(call("GET", "inbox", deInbox, header(frKey)));
    assertRefused(call("GET", "inbox", frInboxOfAnotherRun, header(frKey)));
    assertRefused(call("GET", "inbox", frInboxOfAnotherRun, header(controlKey)));
  }

  @Test
  @DisplayName("lets a CERT's team or control act as that CERT, never an evaluator")
  void teamAction() throws Exception {
    assertThat(call("POST", "act", FR_INBOX, header(frKey)).getStatus()).isEqualTo(200);
    assertThat(call("POST", "act", FR_INBOX, header(controlKey)).getStatus()).isEqualTo(200);
    assertRefused(call("POST", "act", FR_INBOX, header(evaluatorKey)));
    assertRefused(call("POST", "act", Map.of("runId", RUN, "orgId", "DE-CERT"), header(frKey)));
  }

  @Test
  @DisplayName("lets control and evaluators observe the whole run, only control send requests")
  void observeAndControl() throws Exception {
    Map<String, String> run = Map.of("runId", RUN);

    MockHttpServletResponse allowed = call("GET", "board", run, header(evaluatorKey));
    assertThat(allowed.getStatus()).isEqualTo(200);
    assertThat(allowed.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(call("GET", "board", run, header(controlKey)).getStatus()).isEqualTo(200);
    assertRefused(call("GET", "board", run, header(frKey)));
    assertRefused(call("GET", "board", run, null));
    assertRefused(call("GET", "board", Map.of("runId", "other-run"), header(controlKey)));
    assertThat(call("POST", "control", run, header(controlKey)).getStatus()).isEqualTo(200);
    assertRefused(call("POST", "control", run, header(evaluatorKey)));
    assertRefused(call("POST", "control", run, header(frKey)));
  }

  @Test
  @DisplayName("refuses an evaluator every write, even one declared with a reading clearance")
  void evaluatorNeverWrites() throws Exception {
    assertRefused(call("POST", "inbox", FR_INBOX, header(evaluatorKey)));
    assertRefused(call("DELETE", "board", Map.of("runId", RUN), header(evaluatorKey)));
    assertThat(call("HEAD", "board", Map.of("runId", RUN), header(evaluatorKey)).getStatus())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("takes a session's grants, and tells the handler the narrowest role that clears")
  void sessionGrants() throws Exception {
    SessionGrants both =
        SessionGrants.of(new AccessGrant(RUN, AccessRole.CONTROL))
            .with(new AccessGrant(RUN, AccessRole.cert("FR-CERT")));
    MockHttpServletRequest request = request("POST", FR_INBOX);
    SecurityContextHolder.getContext().setAuthentication(both);

    assertThat(interceptor.preHandle(request, new MockHttpServletResponse(), handler("act")))
        .isTrue();
    assertThat(request.getAttribute(AccessInterceptor.GRANTED_ROLE))
        .isEqualTo(AccessRole.cert("FR-CERT"));

    SessionGrants otherRun = SessionGrants.of(new AccessGrant("other-run", AccessRole.CONTROL));
    assertRefused(call("GET", "inbox", FR_INBOX, otherRun));
  }

  @Test
  @DisplayName("never reads a key from the query string or a form body")
  void keyOutsideTheHeaderIsNotRead() throws Exception {
    MockHttpServletRequest request = request("POST", FR_INBOX);
    request.setQueryString("key=" + frKey);
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent(("key=" + frKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    request.setParameter(KeyExchangeFilter.KEY_PARAMETER, frKey);
    MockHttpServletResponse response = new MockHttpServletResponse();

    assertThat(interceptor.preHandle(request, response, handler("inbox"))).isFalse();

    assertRefused(response);
  }

  @Test
  @DisplayName("refuses the dashboard's endpoints that declare no clearance, even to control")
  void closedByDefault() throws Exception {
    assertRefused(call("GET", "undeclared", Map.of("runId", RUN), header(controlKey)));
  }

  @Test
  @DisplayName("lets through what no dashboard controller serves: the page, its scripts, errors")
  void otherHandlersPass() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    Object errorPage = new HandlerMethod(new Object(), Object.class.getMethod("toString"));

    assertThat(interceptor.preHandle(request("GET", Map.of()), response, new Object())).isTrue();
    assertThat(interceptor.preHandle(request("GET", Map.of()), response, errorPage)).isTrue();
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  @DisplayName("refuses an endpoint whose path names no run, whatever the key")
  void pathWithoutRun() throws Exception {
    assertRefused(call("GET", "board", Map.of(), header(controlKey)));
    assertRefused(call("GET", "inbox", Map.of("runId", RUN), header(frKey)));
  }

  private static HeaderKey header(String key) {
    return new HeaderKey(key);
  }

  private MockHttpServletResponse call(
      String method, String endpoint, Map<String, String> path, Authentication caller)
      throws Exception {
    SecurityContextHolder.getContext().setAuthentication(caller);
    MockHttpServletResponse response = new MockHttpServletResponse();
    boolean passed = interceptor.preHandle(request(method, path), response, handler(endpoint));
    assertThat(passed).isEqualTo(response.getStatus() == 200);
    return response;
  }

  private static MockHttpServletRequest request(String method, Map<String, String> variables) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/runs/test");
    request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
    return request;
  }

  private static HandlerMethod handler(String name) throws NoSuchMethodException {
    return new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(name));
  }

  private static void assertRefused(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString())
        .contains("\"status\":403", AccessInterceptor.REFUSAL)
        .doesNotContain("alertId", "deliveryId");
  }
}
