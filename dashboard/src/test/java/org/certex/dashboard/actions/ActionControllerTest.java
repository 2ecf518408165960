package org.certex.dashboard.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certex.avro.ExerciseRun;
import org.certex.avro.RunStatus;
import org.certex.dashboard.PlayFixtures;
import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.ClearancePolicy;
import org.certex.dashboard.access.HeaderKeyFilter;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent.IncidentChanged;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.web.DashboardProblems;
import org.certex.schemas.RecordLimits;
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

@DisplayName("The endpoint where a team acts")
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
    views.apply(
        new IncidentChanged(
            RUN, PlayFixtures.incident(RUN, "INC-1", PlayFixtures.member("fr-alert", "EE", "EE"))));
    ActionLog logged = action -> log.record(action);
    mvc =
        MockMvcBuilders.standaloneSetup(
                new ActionController(new ActionCheck(views, () -> "action-1"), logged))
            .addFilters(new HeaderKeyFilter())
            .addInterceptors(new AccessInterceptor(new ClearancePolicy(keys)))
            .setControllerAdvice(new DashboardProblems())
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
  @DisplayName("each type's own fields are read from the JSON the page sends, and answered with it")
  void typesReadFromJson() throws Exception {
    String report =
        """
        {"type":"REPORT","alertId":"fr-alert","targets":["DE-CERT"],"report":"EARLY_WARNING",
         "fields":{"suspectedMalicious":"yes","crossBorderImpact":"unknown yet"}}""";
    String classify =
        """
        {"type":"CLASSIFY","alertId":"fr-alert","rsitClass":"fraud","rsitType":"phishing",
         "severity":"MEDIUM"}""";
    String attribute =
        """
        {"type":"ATTRIBUTE","assessment":{"subject":"GREY-HERON","actor":"GREY-HERON",
         "confidence":"MODERATE","evidenceLabel":"TLP:RED","evidence":"overlap"}}""";
    String vote = "{\"type\":\"VOTE\",\"vote\":{\"proposalId\":\"p-1\",\"choice\":\"APPROVE\"}}";
    String propose =
        """
        {"type":"PROPOSE","proposal":{"proposalId":"p-1","measure":"EU_DECLARATION",
         "subject":"GREY-HERON","procedure":"UNANIMITY","deadline":"2h"}}""";
    String escalate =
        "{\"type\":\"ESCALATE\",\"incidentId\":\"INC-1\",\"escalation\":\"EU_CYCLONE\"}";

    Answer reported = act(FR_ACTIONS, frKey(), report);
    for (String body : List.of(classify, attribute, vote, propose, escalate)) {
      assertThat(act(FR_ACTIONS, frKey(), body).status()).as(body).isEqualTo(202);
    }

    assertThat(reported.status()).isEqualTo(202);
    assertThat(reported.json().get("type").asString()).isEqualTo("REPORT");
    assertThat(recorded)
        .extracting(TeamAction::kind)
        .containsExactly(
            TeamAction.Kind.REPORT,
            TeamAction.Kind.CLASSIFY,
            TeamAction.Kind.ATTRIBUTE,
            TeamAction.Kind.VOTE,
            TeamAction.Kind.PROPOSE,
            TeamAction.Kind.ESCALATE);
    assertThat(recorded.get(0).detail())
        .isEqualTo(
            new TeamDetail.Report(
                org.certex.avro.Nis2Report.EARLY_WARNING,
                java.util.Map.of("suspectedMalicious", "yes", "crossBorderImpact", "unknown yet")));
    assertThat(recorded.get(2).detail())
        .isEqualTo(
            new TeamDetail.Assessment(
                "GREY-HERON",
                "GREY-HERON",
                org.certex.avro.Confidence.MODERATE,
                org.certex.avro.Tlp.RED,
                "overlap"));
    assertThat(recorded.get(5).incidentId()).isEqualTo("INC-1");
    Answer wrongShape =
        act(FR_ACTIONS, frKey(), "{\"type\":\"REPORT\",\"alertId\":\"fr-alert\",\"fields\":[1]}");
    assertThat(wrongShape.json().get("detail").asString())
        .startsWith("The body is not an action: 'fields' has the wrong type");
  }

  @Test
  @DisplayName(
      "another CERT's key or an evaluator's is refused (403) before anything is checked or written")
  void otherCertsKeyIsRefused() throws Exception {
    String deKey = keys.keyFor(RUN, AccessRole.cert("DE-CERT"));
    String evaluatorKey = keys.keyFor(RUN, AccessRole.EVALUATOR);
    String otherRunKey = keys.keyFor("other-run", AccessRole.cert("FR-CERT"));

    assertThat(act(FR_ACTIONS, deKey, share("fr-alert", "DE-CERT")).status()).isEqualTo(403);
    assertThat(act(FR_ACTIONS, null, share("fr-alert", "DE-CERT")).status()).isEqualTo(403);
    assertThat(act(FR_ACTIONS, otherRunKey, share("fr-alert", "DE-CERT")).status()).isEqualTo(403);
    assertThat(act(FR_ACTIONS, evaluatorKey, share("fr-alert", "DE-CERT")).status()).isEqualTo(403);
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
            "{\"type\":\"NOTIFY\",\"alertId\":\"fr-alert\",\"targets\":[\"DE-CERT\"]}",
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
  @DisplayName("a completed or aborted run takes no more actions (409, saying why)")
  void finishedRunsTakeNoActions() throws Exception {
    for (RunStatus status : List.of(RunStatus.COMPLETED, RunStatus.ABORTED)) {
      String run = "over-" + status.name().toLowerCase(java.util.Locale.ROOT) + "-20261123-090000";
      ExerciseRun over = exerciseRun(run, "FR-CERT", "DE-CERT");
      over.setStatus(status);
      views.apply(new ExerciseEventDecoder().recorded(over));
      views.apply(delivered(run, "fr-alert", "FR-CERT", 4));
      String path = "/api/runs/" + run + "/certs/FR-CERT/actions";
      String key = keys.keyFor(run, AccessRole.cert("FR-CERT"));

      Answer answer = act(path, key, share("fr-alert", "DE-CERT"));

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().get("detail").asString())
          .isEqualTo("Run " + run + " is " + status + "; it takes no more actions");
    }
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("ids, targets and the note are held to RecordLimits (400, with the limit)")
  void fieldsWithinRecordLimits() throws Exception {
    String longId = "x".repeat(RecordLimits.ID_CHARS + 1);
    List<String> tooMany = java.util.Collections.nCopies(RecordLimits.PARTICIPANTS + 1, "DE-CERT");

    assertThat(detailOf(actionJson("SHARE", longId, List.of("DE-CERT"), "")))
        .isEqualTo("alertId has 129 characters; at most 128");
    assertThat(detailOf(actionJson("SHARE", "fr-alert", List.of(longId), "")))
        .isEqualTo("A target has 129 characters; at most 128");
    assertThat(detailOf(actionJson("SHARE", "fr-alert", tooMany, "")))
        .isEqualTo("targets has 1,001 entries; at most 1,000");
    assertThat(
            detailOf(
                actionJson(
                    "SHARE",
                    "fr-alert",
                    List.of("DE-CERT"),
                    "n".repeat(RecordLimits.NOTE_CHARS + 1))))
        .isEqualTo("The note has 1,001 characters; at most 1,000");
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("last, the action record itself must be within RecordLimits (400, its sentences)")
  void actionRecordWithinRecordLimits() throws Exception {
    String run = "crowded-20261123-090000";
    List<String> orgs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      orgs.add("ORG-" + i + "-" + "o".repeat(110));
    }
    orgs.add("FR-CERT");
    views.apply(new ExerciseEventDecoder().recorded(exerciseRun(run, orgs.toArray(String[]::new))));
    views.apply(delivered(run, "fr-alert", "FR-CERT", 4));
    String path = "/api/runs/" + run + "/certs/FR-CERT/actions";
    String key = keys.keyFor(run, AccessRole.cert("FR-CERT"));

    Answer answer =
        act(path, key, actionJson("SHARE", "fr-alert", orgs.subList(0, 600), "every one of you"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("detail").asString())
        .startsWith("The action breaks a limit: the action encodes to ")
        .endsWith("bytes; at most 65,536");
    assertThat(recorded).isEmpty();
  }

  @Test
  @DisplayName("a body that is not an action is 400 with a sentence saying what an action is")
  void unreadableBodies() throws Exception {
    Answer notJson = act(FR_ACTIONS, frKey(), "{\"type\": SHARE}");
    Answer wrongType =
        act(FR_ACTIONS, frKey(), "{\"type\":\"SHARE\",\"alertId\":\"fr-alert\",\"targets\":7}");

    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.contentType()).startsWith("application/problem+json");
    assertThat(notJson.json().get("detail").asString())
        .startsWith("The body is not valid JSON (line 1, column ")
        .contains(DashboardProblems.ACTION_SHAPE);
    assertThat(wrongType.json().get("detail").asString())
        .startsWith("The body is not an action: 'targets' has the wrong type");
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

  private String detailOf(String body) throws Exception {
    Answer answer = act(FR_ACTIONS, frKey(), body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    return answer.json().get("detail").asString();
  }

  private static String actionJson(String type, String alertId, List<String> targets, String note) {
    return JSON.writeValueAsString(
        java.util.Map.of("type", type, "alertId", alertId, "targets", targets, "note", note));
  }

  private Answer act(String path, String key, String body) throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    if (key != null) {
      request.header(AccessInterceptor.KEY_HEADER, key);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    return new Answer(
        response.getStatus(),
        String.valueOf(response.getContentType()),
        response.getContentAsString());
  }

  /** The status, type and body of an answer. */
  private record Answer(int status, String contentType, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
