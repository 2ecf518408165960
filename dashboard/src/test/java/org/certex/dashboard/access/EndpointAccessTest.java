package org.certex.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.DashboardClient;
import org.certex.dashboard.DashboardConfiguration;
import org.certex.dashboard.RunLogWriter;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, called by every role, by API key and by page session. The
 * endpoints come from Spring's handler mappings, so one added later is called too; what each role
 * must get follows from the handler's declared {@link Clearance} and its HTTP method through the
 * rule table {@link #CLEARED_BY}, never from a list of paths. The calls name FR-CERT of the run:
 * the CERT's own team gets through where its clearance lets it, another CERT of the same run never
 * does (not its deliveries, outcomes, clocks, incidents, streams or anything else), nor control of
 * another run. A refusal is the access check's 403; a call let through may still be refused for
 * what it carries (400, 404, 415), never with 403.
 */
@DisplayName("Every endpoint against every role")
class EndpointAccessTest {

  private static final String RUN = "endpoints-20261123-090000";
  private static final String OTHER_RUN = "endpoints-20261124-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

  /** How each path variable is filled; an endpoint with any other must say how here first. */
  private static final Map<String, String> FILL = Map.of("runId", RUN, "orgId", FR);

  /** Who calls, each holding one grant (or none). */
  enum Caller {
    NOBODY,
    CONTROL,
    EVALUATOR,
    OWN_CERT,
    OTHER_CERT,
    CONTROL_OF_OTHER_RUN
  }

  /** The rule table: who passes each clearance, on the run and CERT the path names. */
  private static final Map<Clearance, Set<Caller>> CLEARED_BY =
      Map.of(
          Clearance.OPEN, EnumSet.allOf(Caller.class),
          Clearance.CERT, EnumSet.of(Caller.CONTROL, Caller.EVALUATOR, Caller.OWN_CERT),
          Clearance.TEAM_ACTION, EnumSet.of(Caller.CONTROL, Caller.OWN_CERT),
          Clearance.OBSERVE, EnumSet.of(Caller.CONTROL, Caller.EVALUATOR),
          Clearance.CONTROL, EnumSet.of(Caller.CONTROL));

  /**
   * The role-by-endpoint table, as README.md's "who may call it" table states it: every endpoint
   * the application maps must have its row here, with the clearance its handler declares. A new
   * endpoint fails {@link #everyEndpointHasItsRow} until someone has written down who may call it.
   * The page itself ({@code GET /}) is a static resource, no handler: it carries no data.
   */
  private static final Map<String, Clearance> ROWS =
      Map.ofEntries(
          Map.entry("GET /error", Clearance.OPEN),
          Map.entry("POST /error", Clearance.OPEN),
          Map.entry("GET /api/session", Clearance.OPEN),
          Map.entry("POST /api/session/logout", Clearance.OPEN),
          Map.entry("GET /api/feed", Clearance.OPEN),
          Map.entry("GET /api/replay", Clearance.OPEN),
          Map.entry("GET /api/runs", Clearance.OPEN),
          Map.entry("GET /api/runs/{runId}", Clearance.OPEN),
          Map.entry("GET /api/runs/{runId}/clock", Clearance.OPEN),
          Map.entry("GET /api/runs/{runId}/board", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/stream", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/access", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/scores", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/picture", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/msel", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/control-log", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/dead-letters", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/actions", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/clocks", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/incidents", Clearance.OBSERVE),
          Map.entry("GET /api/runs/{runId}/attribution", Clearance.OBSERVE),
          Map.entry("POST /api/runs/{runId}/control", Clearance.CONTROL),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/deliveries", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/outcomes", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/stream", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/access", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/clocks", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/incidents", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/attribution", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/expectations", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/actions", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/permission-requests", Clearance.CERT),
          Map.entry("GET /api/runs/{runId}/certs/{orgId}/messages", Clearance.CERT),
          Map.entry("POST /api/runs/{runId}/certs/{orgId}/actions", Clearance.TEAM_ACTION),
          Map.entry("POST /api/runs/{runId}/certs/{orgId}/alerts", Clearance.TEAM_ACTION));

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static ConfigurableApplicationContext dashboard;
  private static AccessLinks links;
  private static String base;
  private final HttpClient http = PageSession.client();

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DashboardConfiguration.class)
  static class DashboardApplication {}

  /** One mapped endpoint: a method, a path pattern and its handler. */
  record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {

    Clearance clearance() {
      RequiresClearance declared = handler.getMethodAnnotation(RequiresClearance.class);
      return declared == null ? null : declared.value();
    }

    boolean reads() {
      return method == RequestMethod.GET || method == RequestMethod.HEAD;
    }

    /** Whether the access check must let {@code caller} through; undeclared lets nobody. */
    boolean lets(Caller caller) {
      Clearance clearance = clearance();
      if (clearance == null) {
        return false;
      }
      Set<Caller> cleared = CLEARED_BY.get(clearance);
      if (cleared == null) {
        fail("%s declares %s: add it to the rule table CLEARED_BY", this, clearance);
      }
      boolean evaluatorWrites = caller == Caller.EVALUATOR && !reads();
      return cleared.contains(caller) && (clearance == Clearance.OPEN || !evaluatorWrites);
    }

    String path() {
      Matcher variable = VARIABLE.matcher(pattern);
      StringBuilder path = new StringBuilder();
      while (variable.find()) {
        String value = FILL.get(variable.group(1));
        if (value == null) {
          fail(
              "%s has the path variable {%s}: say in FILL how to fill it", this, variable.group(1));
        }
        variable.appendReplacement(path, Matcher.quoteReplacement(value));
      }
      return variable.appendTail(path).toString();
    }

    @Override
    public String toString() {
      return method + " " + pattern + " (" + handler.getShortLogMessage() + ")";
    }
  }

  @BeforeAll
  static void startBrokerAndDashboard() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(RUN, 3));
    runLog.record(exerciseRun(RUN, FR, DE));
    runLog.deliver(delivery(RUN, "for-fr", FR, 1));
    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=endpoint-access-test-secret-0123456789")
            .run();
    int port = ((WebServerApplicationContext) dashboard).getWebServer().getPort();
    base = "http://localhost:" + port;
    links = dashboard.getBean(AccessLinks.class);
    DashboardClient client = new DashboardClient(port);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                client
                    .get(
                        "/api/runs/" + RUN + "/certs/" + FR + "/deliveries", links.certKey(RUN, FR))
                    .body(),
            body -> body.contains("\"for-fr\""));
  }

  @AfterAll
  static void stopDashboardThenBroker() {
    if (dashboard != null) {
      dashboard.close();
    }
    if (runLog != null) {
      runLog.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName("every endpoint answers every role, by key header, as its clearance says")
  void byKeyHeader() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Caller caller : Caller.values()) {
        List<String> headers =
            caller == Caller.NOBODY
                ? List.of()
                : List.of(AccessInterceptor.KEY_HEADER, keyOf(caller));
        check(endpoint, caller, call(endpoint, headers), wrong);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName("every endpoint answers every role, by page session with its CSRF token, the same")
  void byPageSession() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Caller caller : Caller.values()) {
        if (caller == Caller.NOBODY) {
          continue;
        }
        PageSession page = PageSession.open(http, base, linkOf(caller));
        List<String> headers =
            List.of(
                "Cookie",
                PageSession.COOKIE + "=" + page.cookie(),
                AccessSecurityConfiguration.CSRF_HEADER,
                page.csrfToken());
        check(endpoint, caller, call(endpoint, headers), wrong);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName("no handler escapes the access check, no write reads, no CERT's path is open")
  void handlersAreAllChecked() {
    List<Endpoint> endpoints = endpoints();

    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(14);
    assertThat(endpoints)
        .as("a handler outside the dashboard's package is not checked at all")
        .allSatisfy(
            e ->
                assertThat(e.handler().getBeanType().getPackageName())
                    .startsWith("org.certex.dashboard"));
    assertThat(endpoints)
        .filteredOn(e -> !e.reads() && !e.pattern().equals("/error"))
        .as("a write is TEAM_ACTION, CONTROL or OPEN: CERT and OBSERVE are for reading")
        .allSatisfy(
            e ->
                assertThat(e.clearance())
                    .isIn(Clearance.TEAM_ACTION, Clearance.CONTROL, Clearance.OPEN));
    assertThat(endpoints)
        .filteredOn(e -> e.pattern().contains("{" + AccessInterceptor.CERT_VARIABLE + "}"))
        .as("what a path names a CERT for is that CERT's: never open to anyone")
        .allSatisfy(e -> assertThat(e.clearance()).isNotEqualTo(Clearance.OPEN));
  }

  @Test
  @DisplayName(
      "every mapped endpoint has its row in the role-by-endpoint table, and no row is stale")
  void everyEndpointHasItsRow() {
    Map<String, Clearance> mapped = new java.util.TreeMap<>();
    for (Endpoint e : endpoints()) {
      mapped.put(e.method() + " " + e.pattern(), e.clearance());
    }
    assertThat(mapped.keySet())
        .as("endpoints without a row in ROWS (say who may call them), or rows without an endpoint")
        .containsExactlyInAnyOrderElementsOf(ROWS.keySet());
    assertThat(mapped)
        .as("the clearance each handler declares")
        .isEqualTo(new java.util.TreeMap<>(ROWS));
  }

  private static void check(
      Endpoint endpoint, Caller caller, HttpResponse<String> answer, List<String> wrong) {
    boolean refused =
        answer.statusCode() == 403 && answer.body().contains(AccessInterceptor.REFUSAL);
    if (endpoint.lets(caller) == refused || (!refused && answer.statusCode() == 403)) {
      wrong.add(
          "%s by %s: expected %s, got %d %s"
              .formatted(
                  endpoint,
                  caller,
                  endpoint.lets(caller) ? "through" : "refused",
                  answer.statusCode(),
                  answer.body()));
    }
  }

  private HttpResponse<String> call(Endpoint endpoint, List<String> headers) throws Exception {
    List<String> all = new ArrayList<>(headers);
    all.addAll(List.of("Accept", accepted(endpoint)));
    String body = endpoint.reads() ? null : "{}";
    return PageSession.request(http, base, endpoint.method().name(), endpoint.path(), body, all);
  }

  private static String accepted(Endpoint endpoint) {
    RequestMappingHandlerMapping mappings = dashboard.getBean(RequestMappingHandlerMapping.class);
    return mappings.getHandlerMethods().entrySet().stream()
        .filter(e -> e.getValue().equals(endpoint.handler()))
        .flatMap(e -> e.getKey().getProducesCondition().getProducibleMediaTypes().stream())
        .map(Object::toString)
        .findFirst()
        .orElse("*/*");
  }

  /**
   * Each method and path pattern of each handler of every request mapping, methods unset: GET,
   * POST.
   */
  private static List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (RequestMappingHandlerMapping mappings :
        dashboard.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
          mappings.getHandlerMethods().entrySet()) {
        Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method :
            methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
          for (String pattern : mapping.getKey().getPatternValues()) {
            endpoints.add(new Endpoint(method, pattern, mapping.getValue()));
          }
        }
      }
    }
    return endpoints;
  }

  private static String keyOf(Caller caller) {
    return switch (caller) {
      case NOBODY -> throw new IllegalArgumentException("nobody holds a key");
      case CONTROL -> links.controlKey(RUN);
      case EVALUATOR -> links.evaluatorKey(RUN);
      case OWN_CERT -> links.certKey(RUN, FR);
      case OTHER_CERT -> links.certKey(RUN, DE);
      case CONTROL_OF_OTHER_RUN -> links.controlKey(OTHER_RUN);
    };
  }

  private static String linkOf(Caller caller) {
    String link =
        switch (caller) {
          case NOBODY -> throw new IllegalArgumentException("nobody holds a link");
          case CONTROL -> links.controlLink(base, RUN);
          case EVALUATOR -> links.evaluatorLink(base, RUN);
          case OWN_CERT -> links.certLink(base, RUN, FR);
          case OTHER_CERT -> links.certLink(base, RUN, DE);
          case CONTROL_OF_OTHER_RUN -> links.controlLink(base, OTHER_RUN);
        };
    return link.substring(base.length());
  }
}
