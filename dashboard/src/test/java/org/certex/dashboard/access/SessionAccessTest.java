package org.certex.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A link's key exchanged for a session cookie, against the real dashboard: the 303 that takes the
 * key out of the address, the cookie's flags, the session id changing, the CSRF token every write
 * with the cookie needs, the header-key clients that need none, and the security headers.
 */
@DisplayName("Access links, sessions and CSRF")
class SessionAccessTest {

  private static final String RUN = "session-20261123-090000";
  private static final String OTHER_RUN = "session-20261124-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String FR_PATH = "/api/runs/" + RUN + "/certs/" + FR;
  private static final String FR_ACTIONS = FR_PATH + "/actions";
  private static final String SHARE =
      "{\"type\":\"SHARE\",\"alertId\":\"held\",\"targets\":[\"" + DE + "\"]}";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();

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

  @BeforeAll
  static void startBrokerAndDashboard() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TopicCatalogue.forRun(RUN, 3));
    runLog.record(exerciseRun(RUN, FR, DE));
    runLog.deliver(delivery(RUN, "held", FR, 1));
    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "server.forward-headers-strategy=native",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=session-access-test-secret-0123456789")
            .run();
    base = "http://localhost:" + ((WebServerApplicationContext) dashboard).getWebServer().getPort();
    links = dashboard.getBean(AccessLinks.class);
    DashboardClient client =
        new DashboardClient(((WebServerApplicationContext) dashboard).getWebServer().getPort());
    await()
        .atMost(PATIENCE)
        .until(
            () -> client.get(FR_PATH + "/deliveries", links.certKey(RUN, FR)).body(),
            body -> body.contains("\"held\""));
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
  @DisplayName("a link's key becomes a session cookie: 303 to the address without the key")
  void keyIsExchangedForACookie() throws Exception {
    HttpResponse<String> exchanged =
        PageSession.get(http, base, relative(links.certLink(base, RUN, FR)), null);

    assertThat(exchanged.statusCode()).isEqualTo(303);
    assertThat(exchanged.headers().firstValue("Location")).contains("/?run=" + RUN + "&cert=" + FR);
    String cookie = PageSession.sessionCookie(exchanged).orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure");
    assertThat(cookie.toLowerCase(java.util.Locale.ROOT)).doesNotContain("key");

    PageSession page = PageSession.open(http, base, relative(links.certLink(base, RUN, FR)));
    HttpResponse<String> reloaded = page.get("/?run=" + RUN + "&cert=" + FR);
    assertThat(reloaded.statusCode()).isEqualTo(200);
    assertThat(reloaded.body()).contains("<script type=\"module\" src=\"js/main.js\">");
    assertThat(page.get(FR_PATH + "/deliveries").body()).contains("\"held\"");
    assertThat(page.get(FR_PATH + "/stream").statusCode())
        .as("a same-origin EventSource sends the cookie")
        .isEqualTo(200);
    assertRefused(page.get("/api/runs/" + RUN + "/certs/" + DE + "/deliveries"));
    assertRefused(page.get("/api/runs/" + RUN + "/board"));
  }

  @Test
  @DisplayName("the session cookie is Secure when the request came over HTTPS")
  void cookieIsSecureOverHttps() throws Exception {
    HttpResponse<String> exchanged =
        PageSession.request(
            http,
            base,
            "GET",
            relative(links.controlLink(base, RUN)),
            null,
            List.of("X-Forwarded-Proto", "https"));

    assertThat(exchanged.statusCode()).isEqualTo(303);
    assertThat(PageSession.sessionCookie(exchanged).orElseThrow())
        .contains("Secure", "HttpOnly", "SameSite=Strict");
  }

  @Test
  @DisplayName("the session id changes with each exchange, and a session gathers its grants")
  void sessionIdRotates() throws Exception {
    PageSession control = PageSession.open(http, base, relative(links.controlLink(base, RUN)));
    PageSession both =
        PageSession.open(http, base, relative(links.evaluatorLink(base, OTHER_RUN)), control);

    assertThat(both.cookie()).isNotEqualTo(control.cookie());
    assertThat(control.session().get("grants").isEmpty())
        .as("the id from before the exchange opens nothing")
        .isTrue();
    assertRefused(control.get("/api/runs/" + RUN + "/board"));
    JsonNode grants = both.session().get("grants");
    assertThat(grants.valueStream().map(JsonNode::toString))
        .containsExactly(
            "{\"runId\":\"" + RUN + "\",\"role\":\"control\",\"cert\":null}",
            "{\"runId\":\"" + OTHER_RUN + "\",\"role\":\"evaluator\",\"cert\":null}");
    assertThat(both.get("/api/runs/" + RUN + "/board").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "an invalid key grants nothing and leaves the address all the same: no session is made, the"
          + " page says it needs the link")
  void invalidKeyGrantsNothing() throws Exception {
    for (String link :
        List.of(
            "/?run=" + RUN + "&cert=" + FR + "&key=made-up",
            "/?run=" + RUN + "&cert=" + DE + "&key=" + links.certKey(RUN, FR),
            "/?run=" + OTHER_RUN + "&key=" + links.controlKey(RUN),
            "/?cert=" + FR + "&key=" + links.certKey(RUN, FR))) {
      HttpResponse<String> exchanged = PageSession.get(http, base, link, null);

      assertThat(exchanged.statusCode()).as(link).isEqualTo(303);
      String location = exchanged.headers().firstValue("Location").orElseThrow();
      assertThat(location).as(link).doesNotContain("key=").startsWith("/");
      assertThat(PageSession.sessionCookie(exchanged)).as(link).isEmpty();
      HttpResponse<String> page = PageSession.get(http, base, location, null);
      assertThat(page.statusCode()).as(link).isEqualTo(200);
      assertThat(page.body()).contains("needs the link");
      assertThat(PageSession.sessionCookie(page)).as(link).isEmpty();
    }
  }

  @Test
  @DisplayName("/api/session tells the grants and the CSRF header; a stranger gets no session")
  void sessionView() throws Exception {
    PageSession fr = PageSession.open(http, base, relative(links.certLink(base, RUN, FR)));

    JsonNode session = fr.session();
    assertThat(session.get("grants").toString())
        .isEqualTo("[{\"runId\":\"" + RUN + "\",\"role\":\"cert\",\"cert\":\"" + FR + "\"}]");
    assertThat(session.get("csrf").get("header").asString()).isEqualTo("X-XSRF-TOKEN");
    assertThat(session.get("csrf").get("token").asString()).isNotBlank();

    HttpResponse<String> stranger = PageSession.get(http, base, "/api/session", null);
    assertThat(JSON.readTree(stranger.body()).get("grants").isEmpty()).isTrue();
    assertThat(JSON.readTree(stranger.body()).get("csrf").get("token").isNull()).isTrue();
    assertThat(PageSession.sessionCookie(stranger)).isEmpty();
    assertThat(stranger.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
  }

  @Test
  @DisplayName("a write with the cookie needs the CSRF token: 403 without it, through with it")
  void writesWithTheCookieNeedTheToken() throws Exception {
    PageSession fr = PageSession.open(http, base, relative(links.certLink(base, RUN, FR)));

    HttpResponse<String> noToken = fr.send("POST", FR_ACTIONS, SHARE, false);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("CSRF token", "X-XSRF-TOKEN");
    HttpResponse<String> wrongToken =
        PageSession.request(
            http,
            base,
            "POST",
            FR_ACTIONS,
            SHARE,
            List.of("Cookie", "JSESSIONID=" + fr.cookie(), "X-XSRF-TOKEN", "forged"));
    assertThat(wrongToken.statusCode()).isEqualTo(403);

    HttpResponse<String> withToken = fr.send("POST", FR_ACTIONS, SHARE, true);
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(202);
    assertThat(withToken.body()).contains("\"actionId\"");
  }

  @Test
  @DisplayName("API clients with the key header need no cookie and no CSRF token, as before")
  void headerKeyClientsAreUnchanged() throws Exception {
    HttpResponse<String> act =
        PageSession.request(
            http,
            base,
            "POST",
            FR_ACTIONS,
            SHARE,
            List.of(AccessInterceptor.KEY_HEADER, links.certKey(RUN, FR)));

    assertThat(act.statusCode()).as(act.body()).isEqualTo(202);
    assertThat(PageSession.sessionCookie(act)).as("stateless").isEmpty();
    assertRefused(
        PageSession.get(http, base, FR_PATH + "/deliveries?key=" + links.certKey(RUN, FR), null));
  }

  @Test
  @DisplayName("an evaluator reads the whole run and cannot write, by cookie or by header")
  void evaluatorCannotWrite() throws Exception {
    PageSession evaluator = PageSession.open(http, base, relative(links.evaluatorLink(base, RUN)));

    assertThat(evaluator.get("/api/runs/" + RUN + "/board").statusCode()).isEqualTo(200);
    assertThat(evaluator.get(FR_PATH + "/deliveries").body()).contains("\"held\"");
    assertThat(evaluator.get("/api/runs/" + RUN + "/access").body())
        .contains("\"role\":\"evaluator\"", "\"evaluator\":true", "\"control\":false");
    assertRefused(evaluator.send("POST", FR_ACTIONS, SHARE, true));
    assertRefused(
        PageSession.request(
            http,
            base,
            "POST",
            FR_ACTIONS,
            SHARE,
            List.of(AccessInterceptor.KEY_HEADER, links.evaluatorKey(RUN))));
  }

  @Test
  @DisplayName("logging out forgets the session and its grants")
  void logout() throws Exception {
    PageSession fr = PageSession.open(http, base, relative(links.certLink(base, RUN, FR)));

    assertThat(fr.send("POST", "/api/session/logout", null, false).statusCode())
        .as("not without the token")
        .isEqualTo(403);
    assertThat(fr.send("POST", "/api/session/logout", null, true).statusCode()).isEqualTo(204);

    assertRefused(fr.get(FR_PATH + "/deliveries"));
    assertThat(fr.session().get("grants").isEmpty()).isTrue();
  }

  @Test
  @DisplayName("every answer carries the security headers; API answers are not stored")
  void securityHeaders() throws Exception {
    PageSession fr = PageSession.open(http, base, relative(links.certLink(base, RUN, FR)));
    for (HttpResponse<String> answer :
        List.of(
            PageSession.get(http, base, "/", null),
            PageSession.get(http, base, "/dashboard.js", null),
            PageSession.get(http, base, "/api/feed", null),
            PageSession.get(http, base, FR_PATH + "/deliveries", null),
            PageSession.get(http, base, "/api/nothing-here", null),
            PageSession.get(http, base, relative(links.certLink(base, RUN, FR)), null),
            fr.get(FR_PATH + "/deliveries"),
            fr.send("POST", FR_ACTIONS, SHARE, false))) {
      String what = answer.request().method() + " " + answer.uri() + " " + answer.statusCode();
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .as(what)
          .contains(
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                  + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
                  + " form-action 'self'; object-src 'none'");
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(what)
          .contains("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).contains("no-referrer");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
      if (answer.uri().getPath().startsWith("/api/")) {
        assertThat(answer.headers().firstValue("Cache-Control").orElse(""))
            .as(what)
            .contains("no-store");
      }
    }
  }

  private static String relative(String link) {
    return link.substring(base.length());
  }

  private static void assertRefused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(403);
    assertThat(answer.body()).contains(AccessInterceptor.REFUSAL);
  }
}
