package org.certex.dashboard.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.certex.avro.ActionType;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.RunStatus;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.ClearancePolicy;
import org.certex.dashboard.access.HeaderKeyFilter;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.web.DashboardProblems;
import org.certex.schemas.RecordLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The endpoint where a team issues its own alert")
class TeamAlertControllerTest {

  private static final String RUN = "drill-20261123-090000";
  private static final String FR_ALERTS = "/api/runs/" + RUN + "/certs/FR-CERT/alerts";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AccessKeys keys = AccessKeys.withSecret("a fixed test secret, 32+ characters");
  private final ExerciseViews views = new ExerciseViews(10);
  private final List<TeamAlert> issued = new ArrayList<>();
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    views.apply(
        new ExerciseEventDecoder().recorded(exerciseRun(RUN, "FR-CERT", "DE-CERT", "IT-CERT")));
    views.apply(delivered(RUN, "fr-alert", "FR-CERT", 4));
    views.apply(delivered(RUN, "de-alert", "DE-CERT", 5));
    Iterator<String> ids = Stream.iterate(1, i -> i + 1).map(i -> "id-" + i).iterator();
    ActionCheck actions = new ActionCheck(views, ids::next);
    mvc =
        MockMvcBuilders.standaloneSetup(
                new TeamAlertController(new TeamAlertCheck(views, actions, ids::next), issued::add))
            .addFilters(new HeaderKeyFilter())
            .addInterceptors(new AccessInterceptor(new ClearancePolicy(keys)))
            .setControllerAdvice(new DashboardProblems())
            .build();
  }

  @Test
  @DisplayName("a derived notice: the CERT's own alert, naming the original by id and nothing else")
  void derivedNotice() throws Exception {
    Answer answer = issue(frKey(), body(Map.of("derivedFrom", "fr-alert")));

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(answer.json().get("alertId").asString()).isEqualTo("id-1");
    assertThat(answer.json().get("actionId").asString()).isEqualTo("id-2");
    TeamAlert alert = issued.get(0);
    IncidentAlert record = ActionRecords.incidentAlert(alert);
    assertThat(record.getAlertId()).isEqualTo("id-1");
    assertThat(record.getRunId()).isEqualTo(RUN);
    assertThat(record.getSourceOrg()).isEqualTo("FR-CERT");
    assertThat(record.getSourceCountry()).as("from the run's participants").isEqualTo("FR");
    assertThat(record.getAddressees()).containsExactly("DE-CERT", "IT-CERT");
    assertThat(record.getTlp()).isEqualTo(Tlp.AMBER);
    assertThat(record.getPap()).isEqualTo(Pap.GREEN);
    assertThat(record.getRsitClass()).isEqualTo(RsitClass.MALICIOUS_CODE);
    assertThat(record.getRsitType()).isEqualTo("c2-server");
    assertThat(record.getSeverity()).isEqualTo(Severity.HIGH);
    assertThat(record.getText()).isEqualTo("C2 at 198.51.100.23; block it");
    assertThat(record.getIndicators())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getType()).isEqualTo("ipv4-addr");
              assertThat(i.getValue()).isEqualTo("198.51.100.23");
            });
    assertThat(record.getCampaign()).isEqualTo("TESLA-COIL");
    assertThat(record.getDerivedFrom()).isEqualTo("fr-alert");
    assertThat(record.getDetectedAt()).isEqualTo(record.getReportedAt()).isEqualTo(alert.at());
    assertThat(record.getSignificantIncident()).as("a CERT's notice opens no NIS2 clock").isFalse();
    assertThat(record.toString())
        .as("nothing of the original (its source CERT-EE, its text) is copied")
        .doesNotContain("CERT-EE", "JNDI");
    TraineeAction notify = ActionRecords.traineeAction(alert.notification());
    assertThat(notify.getType()).isEqualTo(ActionType.NOTIFY);
    assertThat(notify.getActor()).isEqualTo("FR-CERT");
    assertThat(notify.getAlertId())
        .as("the original: the engine credits it to that inject's notify expectations")
        .isEqualTo("fr-alert");
    assertThat(notify.getTargets()).containsExactly("DE-CERT", "IT-CERT");
    assertThat(notify.getAt()).isEqualTo(alert.at());
    assertThat(notify.getDetails()).containsEntry(ActionRecords.ISSUED_ALERT, "id-1");
  }

  @Test
  @DisplayName("a fresh alert's notification names the new alert")
  void freshAlert() throws Exception {
    Answer answer = issue(frKey(), body(Map.of()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(issued.get(0).derivedFrom()).isNull();
    assertThat(issued.get(0).notification().alertId()).isEqualTo("id-1");
    assertThat(issued.get(0).notification().recordKey()).isEqualTo("id-1");
  }

  @Test
  @DisplayName("an original the CERT does not hold is 404, the same whether it exists elsewhere")
  void derivedFromWhatIsNotHeld() throws Exception {
    Answer elsewhere = issue(frKey(), body(Map.of("derivedFrom", "de-alert")));
    Answer nowhere = issue(frKey(), body(Map.of("derivedFrom", "no-alert")));

    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.json().get("detail").asString())
        .isEqualTo("No alert de-alert in the inbox of FR-CERT");
    assertThat(nowhere.body().replace("no-alert", "?"))
        .isEqualTo(elsewhere.body().replace("de-alert", "?"));
    assertThat(issued).isEmpty();
  }

  @Test
  @DisplayName("what an alert must say is checked, each refusal saying what was expected")
  void malformedAlerts() throws Exception {
    Map<Map<String, Object>, String> refusals =
        Map.ofEntries(
            Map.entry(Map.of("addressees", List.of()), "An alert needs at least one addressee"),
            Map.entry(
                Map.of("addressees", List.of("DE-CERT", "XX-CERT")),
                "Not a participant of run " + RUN + ": XX-CERT"),
            Map.entry(
                Map.of("tlp", "TLP:WHITE"),
                "Unknown tlp 'TLP:WHITE': expected one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED"),
            Map.entry(Map.of("pap", ""), "No pap given"),
            Map.entry(Map.of("rsit", "malicious-code"), "The rsit 'malicious-code' has no type"),
            Map.entry(Map.of("rsit", "malicious-code/ransomware"), "Unknown rsitType 'ransomware'"),
            Map.entry(Map.of("severity", "SEVERE"), "Unknown severity 'SEVERE'"),
            Map.entry(Map.of("text", "  "), "No text given: what the alert says"),
            Map.entry(
                Map.of("text", "t".repeat(RecordLimits.TEXT_CHARS + 1)),
                "text has 16,385 characters; at most 16,384"),
            Map.entry(
                Map.of(
                    "indicators", Collections.nCopies(RecordLimits.INDICATORS + 1, ioc("a", "b"))),
                "indicators has 257 entries; at most 256"),
            Map.entry(
                Map.of(
                    "indicators",
                    List.of(ioc("url", "u".repeat(RecordLimits.INDICATOR_VALUE_CHARS + 1)))),
                "indicator value has 2,049 characters; at most 2,048"),
            Map.entry(Map.of("indicators", List.of(ioc(" ", "x"))), "No indicator type given"),
            Map.entry(
                Map.of("campaign", "c".repeat(RecordLimits.ID_CHARS + 1)),
                "campaign has 129 characters; at most 128"));
    for (Map.Entry<Map<String, Object>, String> refusal : refusals.entrySet()) {
      Answer answer = issue(frKey(), body(refusal.getKey()));

      assertThat(answer.status()).as(refusal.getValue()).isEqualTo(400);
      assertThat(answer.json().get("detail").asString()).contains(refusal.getValue());
    }
    assertThat(issued).isEmpty();
  }

  @Test
  @DisplayName("a body that is no alert is 400 with a sentence saying what an alert is")
  void unreadableBody() throws Exception {
    Answer answer = issue(frKey(), "{\"addressees\": \"DE-CERT\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("detail").asString())
        .startsWith("The body is not an alert: 'addressees' has the wrong type; an alert is")
        .contains(DashboardProblems.ALERT_SHAPE);
  }

  @Test
  @DisplayName("exercise control acting for an organisation that is not in the run is 400")
  void sourceNotInTheRun() throws Exception {
    String path = "/api/runs/" + RUN + "/certs/XX-CERT/alerts";
    MockHttpServletResponse response =
        mvc.perform(
                MockMvcRequestBuilders.post(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(AccessInterceptor.KEY_HEADER, keys.keyFor(RUN, AccessRole.CONTROL))
                    .content(body(Map.of())))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString())
        .contains("Not a participant of run " + RUN + ": XX-CERT");
  }

  @Test
  @DisplayName("another CERT's key is 403, a run that is over 409, and nothing is written")
  void refusedBeforeWriting() throws Exception {
    String deKey = keys.keyFor(RUN, AccessRole.cert("DE-CERT"));
    String run = "over-20261123-090000";
    ExerciseRun over = exerciseRun(run, "FR-CERT", "DE-CERT");
    over.setStatus(RunStatus.COMPLETED);
    views.apply(new ExerciseEventDecoder().recorded(over));

    assertThat(issue(deKey, body(Map.of())).status()).isEqualTo(403);
    MockHttpServletResponse finished =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/runs/" + run + "/certs/FR-CERT/alerts")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(
                        AccessInterceptor.KEY_HEADER, keys.keyFor(run, AccessRole.cert("FR-CERT")))
                    .content(body(Map.of("addressees", List.of("DE-CERT")))))
            .andReturn()
            .getResponse();
    assertThat(finished.getStatus()).isEqualTo(409);
    assertThat(finished.getContentAsString())
        .contains("Run " + run + " is " + RunStatus.COMPLETED.name().toUpperCase(Locale.ROOT));
    assertThat(issued).isEmpty();
  }

  private static Map<String, String> ioc(String type, String value) {
    return Map.of("type", type, "value", value);
  }

  /** A good alert, with {@code changes} over it. */
  private static String body(Map<String, Object> changes) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("addressees", List.of("DE-CERT", "IT-CERT", "DE-CERT"));
    body.put("tlp", "TLP:AMBER");
    body.put("pap", "PAP:GREEN");
    body.put("rsit", "malicious-code/c2-server");
    body.put("severity", "high");
    body.put("text", "C2 at 198.51.100.23; block it");
    body.put("indicators", List.of(ioc("ipv4-addr", "198.51.100.23")));
    body.put("campaign", "TESLA-COIL");
    body.putAll(changes);
    return JSON.writeValueAsString(body);
  }

  private String frKey() {
    return keys.keyFor(RUN, AccessRole.cert("FR-CERT"));
  }

  private Answer issue(String key, String body) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                MockMvcRequestBuilders.post(FR_ALERTS)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(AccessInterceptor.KEY_HEADER, key)
                    .content(body))
            .andReturn()
            .getResponse();
    return new Answer(response.getStatus(), response.getContentAsString());
  }

  private record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
