package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The endpoint where a team acts: share an alert, grant permission")
class ActionControllerTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final String FR_ACTIONS = "/api/runs/" + RUN + "/certs/FR-CERT/actions";
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AccessKeys keys = AccessKeys.withSecret("a fixed test secret, 32+ characters");
  private final ExerciseViews views = new ExerciseViews(10);
  private final List<TeamAction> recorded = new ArrayList<>();
  private ActionLog log = recorded::add;
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    views.apply(runRecorded(RUN, T0));
    views.apply(delivered(RUN, "fr-alert", "FR-CERT", 4));
    views.apply(delivered(RUN, "de-alert", "DE-CERT", 6));
    ActionLog logged = action -> log.record(action);
    mvc =
        MockMvcBuilders.standaloneSetup(
                new ActionController(new ActionCheck(views, () -> "action-1"), logged))
            .addInterceptors(new AccessInterceptor(keys))
            .build();
  }

  @Test
  @DisplayName("a team's share of an alert it holds is written, as its CERT, and answered 202")
  void shareIsAccepted() throws Exception {
    Answer answer = act(FR_ACTIONS, frKey(), share("fr-alert", "DE-CERT"));

    assertThat(answer.status()).isEqualTo(202);
    assertThat(answer.json().get("actionId").asString()).isEqualTo("action-1");
    assertThat(answer.json().get("at").asString())
        .as("the latest scenario time the fold saw: DE-CERT's delivery at minute 6")
        .isEqualTo("2021-12-07T08:06:00Z");
    assertThat(recorded)
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.actor()).isEqualTo("FR-CERT");
              assertThat(action.kind()).isEqualTo(TeamAction.Kind.SHARE);
              assertThat(action.alertId()).isEqualTo("fr-alert");
              assertThat(action.targets()).containsExactly("DE-CERT");
              assertThat(action.note()).isEqualTo("for your SOC");
              assertThat(action.submittedWith()).isEqualTo("cert:FR-CERT");
              assertThat(action.runPartitions()).isEqualTo(3);
            });
  }

  @Test
  @DisplayName("the actor is the CERT of the path, whatever the body claims")
  void actorComesFromThePath() throws Exception {
    String claimsDe =
        """
        {"type":"GRANT_PERMISSION","alertId":"fr-alert","targets":["DE-CERT"],
         "actor":"DE-CERT","requestedBy":"DE-CERT"}""";

    assertThat(act(FR_ACTIONS, frKey(), claimsDe).status()).isEqualTo(202);

    assertThat(recorded).singleElement().extracting(TeamAction::actor).isEqualTo("FR-CERT");
    assertThat(recorded.get(0).kind()).isEqualTo(TeamAction.Kind.GRANT_PERMISSION);
  }

  @Test
  @DisplayName("another CERT's key is refused (403) before anything is checked or written")
  void otherCertsKeyIsRefused() throws Exception {
    String deKey = keys.keyFor(RUN, AccessRole.cert("DE-CERT"));
    String otherRunKey = keys.keyFor("other-run", AccessRole.cert("FR-CERT"));

    assertThat(act(FR_ACTIONS, deKey, share("fr-alert", "DE-CERT")).status()).isEqualTo(403);
    assertThat(act(FR_ACTIONS, null, share("fr-alert", "DE-CERT")).status()).isEqualTo(403);
    assertThat(act(FR_ACTIONS, otherRunKey, share("fr-alert", "DE-CERT")).status()).isEqualTo(403);
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("exercise control may act for a CERT; the action still is that CERT's")
  void controlActsForACert() throws Exception {
    String controlKey = keys.keyFor(RUN, AccessRole.CONTROL);

    assertThat(act(FR_ACTIONS, controlKey, share("fr-alert", "DE-CERT")).status()).isEqualTo(202);

    assertThat(recorded).singleElement().extracting(TeamAction::actor).isEqualTo("FR-CERT");
    assertThat(recorded.get(0).submittedWith()).isEqualTo("control");
  }

  @Test
  @DisplayName("an alert not in the CERT's inbox is 404, the same whether it exists elsewhere")
  void alertNotHeldIsNotFound() throws Exception {
    Answer elsewhere = act(FR_ACTIONS, frKey(), share("de-alert", "DE-CERT"));
    Answer nowhere = act(FR_ACTIONS, frKey(), share("no-alert", "DE-CERT"));

    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(elsewhere.body().replace("de-alert", "?"))
        .isEqualTo(nowhere.body().replace("no-alert", "?"));
    assertThat(elsewhere.json().get("detail").asString())
        .isEqualTo("No alert de-alert in the inbox of FR-CERT");
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("a target that is not a participant is 400, naming it")
  void unknownTargetIsBadRequest() throws Exception {
    String body =
        "{\"type\":\"SHARE\",\"alertId\":\"fr-alert\",\"targets\":[\"DE-CERT\",\"NOT-IN-RUN\"]}";

    Answer answer = act(FR_ACTIONS, frKey(), body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("detail").asString())
        .isEqualTo("Not a participant of run " + RUN + ": NOT-IN-RUN");
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("an unknown type, no alert or no target is 400")
  void malformedRequestsAreBadRequests() throws Exception {
    Answer delete =
        act(
            FR_ACTIONS,
            frKey(),
            "{\"type\":\"DELETE\",\"alertId\":\"fr-alert\",\"targets\":[\"X\"]}");

    assertThat(delete.status()).isEqualTo(400);
    assertThat(delete.json().get("detail").asString()).contains("DELETE", "SHARE");
    for (String body :
        List.of(
            "{\"type\":\"ACKNOWLEDGE\",\"alertId\":\"fr-alert\",\"targets\":[\"DE-CERT\"]}",
            "{\"alertId\":\"fr-alert\",\"targets\":[\"DE-CERT\"]}",
            "{\"type\":\"SHARE\",\"targets\":[\"DE-CERT\"]}",
            "{\"type\":\"SHARE\",\"alertId\":\"fr-alert\",\"targets\":[]}",
            "{\"type\":\"SHARE\",\"alertId\":\"fr-alert\"}",
            "not json")) {
      assertThat(act(FR_ACTIONS, frKey(), body).status()).as(body).isEqualTo(400);
    }
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("a run the dashboard does not know is 404")
  void unknownRun() throws Exception {
    String path = "/api/runs/no-such-run/certs/FR-CERT/actions";
    String key = keys.keyFor("no-such-run", AccessRole.cert("FR-CERT"));

    assertThat(act(path, key, share("fr-alert", "DE-CERT")).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("when the broker does not take the action the team is told (503)")
  void brokerTrouble() throws Exception {
    log =
        action -> {
          throw ActionRefused.notRecorded("The broker did not take the action; try again");
        };

    Answer answer = act(FR_ACTIONS, frKey(), share("fr-alert", "DE-CERT"));

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.json().get("detail").asString())
        .isEqualTo("The broker did not take the action; try again");
  }

  private String frKey() {
    return keys.keyFor(RUN, AccessRole.cert("FR-CERT"));
  }

  private static String share(String alertId, String target) {
    return "{\"type\":\"SHARE\",\"alertId\":\"%s\",\"targets\":[\"%s\"],\"note\":\"for your SOC\"}"
        .formatted(alertId, target);
  }

  private Answer act(String path, String key, String body) throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    if (key != null) {
      request.header(AccessInterceptor.KEY_HEADER, key);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    return new Answer(response.getStatus(), response.getContentAsString());
  }

  /** The status and body of an answer. */
  private record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
