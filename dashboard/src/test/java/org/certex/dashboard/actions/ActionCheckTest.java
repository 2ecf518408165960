package org.certex.dashboard.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.avro.ActionType;
import org.certex.avro.Confidence;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Nis2Report;
import org.certex.avro.Tlp;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.PlayFixtures;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent.IncidentChanged;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.schemas.RecordLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Each type a team may take, as the check reads it and as the action record then says it: the
 * fields the pipeline's topologies and the exercise engine's expectation matching read (actor,
 * type, alert, targets, report, escalation, assessment, vote, proposal), as an automatic player's
 * action carries them.
 */
@DisplayName("What a team may do, checked where it enters")
class ActionCheckTest {

  private static final String RUN = "drill-20261123-090000";
  private static final Instant MINUTE_4 = ExerciseFixtures.SCENARIO_START.plusSeconds(240);
  private static final AccessRole FR = AccessRole.cert("FR-CERT");
  private static final String SEEN_INCIDENT = "INC-0123456789abcdef";
  private static final String UNSEEN_INCIDENT = "INC-fedcba9876543210";

  private final ExerciseViews views = new ExerciseViews(10);
  private final ActionCheck check = new ActionCheck(views, () -> "action-1");

  ActionCheckTest() {
    views.apply(
        new ExerciseEventDecoder().recorded(exerciseRun(RUN, "FR-CERT", "DE-CERT", "IT-CERT")));
    views.apply(delivered(RUN, "fr-alert", "FR-CERT", 4));
    views.apply(delivered(RUN, "de-alert", "DE-CERT", 2));
    views.apply(
        new IncidentChanged(
            RUN,
            PlayFixtures.incident(
                RUN, SEEN_INCIDENT, PlayFixtures.member("fr-alert", "CERT-EE", "EE"))));
    views.apply(
        new IncidentChanged(
            RUN,
            PlayFixtures.incident(
                RUN, UNSEEN_INCIDENT, PlayFixtures.member("de-alert", "CERT-EE", "EE"))));
  }

  @Nested
  @DisplayName("ACKNOWLEDGE")
  class Acknowledge {

    @Test
    @DisplayName("of an alert held, or of a message (no alert), to whoever sent it")
    void acknowledges() {
      TraineeAction ofAlert = record(plain("ACKNOWLEDGE", "fr-alert", "DE-CERT"));
      TraineeAction ofMessage = record(plain("acknowledge", null, "IT-CERT"));

      assertThat(ofAlert.getType()).isEqualTo(ActionType.ACKNOWLEDGE);
      assertThat(ofAlert.getActor()).isEqualTo("FR-CERT");
      assertThat(ofAlert.getAlertId()).isEqualTo("fr-alert");
      assertThat(ofAlert.getTargets()).containsExactly("DE-CERT");
      assertThat(ofAlert.getAt()).isEqualTo(MINUTE_4);
      assertThat(ofMessage.getAlertId())
          .as("the engine credits an action naming no alert to a message inject first")
          .isNull();
      assertThat(check.admit(RUN, "FR-CERT", FR, plain("ACKNOWLEDGE", null, "IT-CERT")).recordKey())
          .as("keyed by its own id, as the engine keys an automatic player's")
          .isEqualTo("action-1");
    }

    @Test
    @DisplayName("needs whom it acknowledges to, and an alert it names must be held")
    void needsTargetAndHeldAlert() {
      assertRefused(
          plain("ACKNOWLEDGE", "fr-alert"), 400, "An ACKNOWLEDGE needs at least one target");
      assertRefused(
          plain("ACKNOWLEDGE", "de-alert", "DE-CERT"),
          404,
          "No alert de-alert in the inbox of FR-CERT");
    }
  }

  @Nested
  @DisplayName("CLASSIFY")
  class Classify {

    @Test
    @DisplayName("an RSIT class, one of its types and a severity, into the action's details")
    void classifies() {
      TraineeAction action = record(classify("malicious-code", "infected-system", "high"));

      assertThat(action.getType()).isEqualTo(ActionType.CLASSIFY);
      assertThat(action.getTargets()).isEmpty();
      assertThat(action.getDetails())
          .containsEntry(ActionRecords.RSIT, "malicious-code/infected-system")
          .containsEntry(ActionRecords.SEVERITY, "HIGH");
    }

    @Test
    @DisplayName(
        "a class, type or severity that is none of the taxonomy's is refused, listing them")
    void refusesWhatIsNoRsit() {
      assertRefused(
          classify("malware", "infected-system", "HIGH"),
          400,
          "Unknown rsitClass 'malware': expected one of abusive-content, malicious-code");
      assertRefused(
          classify("availability", "infected-system", "HIGH"),
          400,
          "Unknown rsitType 'infected-system' for availability: expected one of dos, ddos,");
      assertRefused(
          classify("fraud", "phishing", "urgent"),
          400,
          "Unknown severity 'urgent': expected one of LOW, MEDIUM, HIGH, CRITICAL");
      assertRefused(classify(null, "phishing", "LOW"), 400, "No rsitClass given: expected one of");
      assertRefused(
          classify("fraud", " ", "LOW"),
          400,
          "No rsitType given: expected one of unauthorised-use-of-resources");
      assertRefused(classify("fraud", "phishing", null), 400, "No severity given");
    }

    private ActionRequest classify(String rsitClass, String rsitType, String severity) {
      return new ActionRequest(
          "CLASSIFY",
          "fr-alert",
          null,
          null,
          null,
          rsitClass,
          rsitType,
          severity,
          null,
          null,
          null,
          null,
          null,
          null);
    }
  }

  @Nested
  @DisplayName("REPORT and REQUEST_REPORT")
  class Reports {

    @Test
    @DisplayName(
        "an early warning says what Art. 23(4)(a) asks; the report is where clocks read it")
    void earlyWarning() {
      TraineeAction action =
          record(
              report(
                  "early-warning",
                  Map.of(
                      "suspectedMalicious", " yes: ransom note on the file servers ",
                      "crossBorderImpact", "possible: the DE subsidiary shares the domain")));

      assertThat(action.getType()).isEqualTo(ActionType.REPORT);
      assertThat(action.getReport()).isEqualTo(Nis2Report.EARLY_WARNING);
      assertThat(action.getAlertId()).as("the incident id: its alert").isEqualTo("fr-alert");
      assertThat(action.getTargets()).containsExactly("DE-CERT");
      assertThat(action.getDetails())
          .containsEntry("suspectedMalicious", "yes: ransom note on the file servers")
          .containsEntry("crossBorderImpact", "possible: the DE subsidiary shares the domain");
    }

    @Test
    @DisplayName("each report needs its required fields, naming what the law asks them to say")
    void requiredFields() {
      assertRefused(
          report("EARLY_WARNING", Map.of("suspectedMalicious", "no")),
          400,
          "The EARLY_WARNING report needs crossBorderImpact: whether the incident could have a"
              + " cross-border impact");
      assertRefused(
          report("NOTIFICATION", Map.of("initialAssessment", "ransomware")),
          400,
          "The NOTIFICATION report needs severityAndImpact");
      assertRefused(report("INTERMEDIATE", Map.of()), 400, "needs statusUpdate");
      assertRefused(
          report("FINAL", Map.of("detailedDescription", "d", "threatTypeOrRootCause", "r")),
          400,
          "The FINAL report needs mitigationMeasures: the mitigation measures applied and ongoing");
      assertRefused(report("FEEDBACK", Map.of("guidance", "g")), 400, "needs initialFeedback");
      assertRefused(
          report("NOTIFICATION", Map.of("rootCause", "x")),
          400,
          "The NOTIFICATION report has no field 'rootCause': it takes initialAssessment,"
              + " severityAndImpact, indicatorsOfCompromise (optional)");
      assertRefused(report(null, Map.of()), 400, "No report given: expected one of EARLY_WARNING");
      assertRefused(report("progress", Map.of()), 400, "Unknown report 'progress'");
    }

    @Test
    @DisplayName("the notification, final report and feedback with their fields, optional ones too")
    void everyReport() {
      TraineeAction notification =
          record(
              report(
                  "NOTIFICATION",
                  Map.of(
                      "initialAssessment", "ransomware",
                      "severityAndImpact", "high: billing down",
                      "indicatorsOfCompromise", "198.51.100.7")));
      TraineeAction finalReport =
          record(
              report(
                  "final",
                  Map.of(
                      "detailedDescription", "d",
                      "threatTypeOrRootCause", "phished VPN account",
                      "mitigationMeasures", "MFA; rebuilt hosts")));
      TraineeAction feedback = record(report("FEEDBACK", Map.of("initialFeedback", "received")));

      assertThat(notification.getReport()).isEqualTo(Nis2Report.NOTIFICATION);
      assertThat(notification.getDetails()).containsEntry("indicatorsOfCompromise", "198.51.100.7");
      assertThat(finalReport.getReport()).isEqualTo(Nis2Report.FINAL);
      assertThat(finalReport.getDetails()).doesNotContainKey("crossBorderImpact");
      assertThat(feedback.getReport()).isEqualTo(Nis2Report.FEEDBACK);
    }

    @Test
    @DisplayName("a field is held to the details' limit of 1,024 characters")
    void fieldLimit() {
      String atLimit = "x".repeat(RecordLimits.DETAIL_CHARS);

      assertThat(record(report("INTERMEDIATE", Map.of("statusUpdate", atLimit))).getDetails())
          .containsEntry("statusUpdate", atLimit);
      assertRefused(
          report("INTERMEDIATE", Map.of("statusUpdate", atLimit + "x")),
          400,
          "statusUpdate has 1,025 characters; at most 1,024");
    }

    @Test
    @DisplayName("a report needs the incident's alert, held, and whom it goes to")
    void reportNeedsAlertAndTarget() {
      ActionRequest noAlert =
          new ActionRequest(
              "REPORT",
              null,
              null,
              List.of("DE-CERT"),
              null,
              null,
              null,
              null,
              "FEEDBACK",
              Map.of("initialFeedback", "ok"),
              null,
              null,
              null,
              null);
      ActionRequest noTarget =
          new ActionRequest(
              "REPORT",
              "fr-alert",
              null,
              List.of(),
              null,
              null,
              null,
              null,
              "FEEDBACK",
              Map.of("initialFeedback", "ok"),
              null,
              null,
              null,
              null);

      assertRefused(noAlert, 400, "A REPORT needs the alertId of an alert in the inbox");
      assertRefused(noTarget, 400, "A REPORT needs at least one target organisation");
    }

    @Test
    @DisplayName("a request is for an intermediate report only, the report implied if left out")
    void requestReport() {
      TraineeAction implied = record(requestReport(null));

      assertThat(implied.getType()).isEqualTo(ActionType.REQUEST_REPORT);
      assertThat(implied.getReport()).isEqualTo(Nis2Report.INTERMEDIATE);
      assertThat(record(requestReport("INTERMEDIATE")).getReport())
          .isEqualTo(Nis2Report.INTERMEDIATE);
      assertRefused(requestReport("FINAL"), 400, "Only an INTERMEDIATE report can be requested");
    }

    private ActionRequest report(String report, Map<String, String> fields) {
      return new ActionRequest(
          "REPORT",
          "fr-alert",
          null,
          List.of("DE-CERT"),
          null,
          null,
          null,
          null,
          report,
          new LinkedHashMap<>(fields),
          null,
          null,
          null,
          null);
    }

    private ActionRequest requestReport(String report) {
      return new ActionRequest(
          "REQUEST_REPORT",
          "fr-alert",
          null,
          List.of("DE-CERT"),
          null,
          null,
          null,
          null,
          report,
          null,
          null,
          null,
          null,
          null);
    }
  }

  @Nested
  @DisplayName("SHARE, REQUEST_PERMISSION and GRANT_PERMISSION")
  class Sharing {

    @Test
    @DisplayName("each on an alert held, to targets that take part in the run")
    void onAnAlertHeld() {
      for (String type : List.of("SHARE", "REQUEST_PERMISSION", "GRANT_PERMISSION")) {
        TraineeAction action = record(plain(type, "fr-alert", "DE-CERT", "IT-CERT"));

        assertThat(action.getType()).isEqualTo(ActionType.valueOf(type));
        assertThat(action.getTargets()).containsExactly("DE-CERT", "IT-CERT");
        String article = "A ";
        assertRefused(plain(type, null, "DE-CERT"), 400, article + type + " needs the alertId");
        assertRefused(plain(type, "fr-alert"), 400, article + type + " needs at least one target");
        assertRefused(plain(type, "de-alert", "IT-CERT"), 404, "No alert de-alert in the inbox");
        assertRefused(
            plain(type, "fr-alert", "XX-CERT"),
            400,
            "Not a participant of run " + RUN + ": XX-CERT");
      }
    }
  }

  @Nested
  @DisplayName("ESCALATE")
  class Escalate {

    @Test
    @DisplayName("to a level, naming the incident or the alert; or to the targets alone")
    void escalates() {
      TraineeAction largeScale = record(escalate("LARGE_SCALE", null, SEEN_INCIDENT));
      TraineeAction network = record(escalate("csirts-network", "fr-alert", null));
      TraineeAction national = record(escalate(null, null, null, "IT-CERT"));

      assertThat(largeScale.getEscalation()).isEqualTo(EscalationLevel.LARGE_SCALE);
      assertThat(largeScale.getIncidentId()).isEqualTo("INC-0123456789abcdef");
      assertThat(largeScale.getAlertId()).isNull();
      assertThat(network.getEscalation()).isEqualTo(EscalationLevel.CSIRTS_NETWORK);
      assertThat(network.getAlertId()).isEqualTo("fr-alert");
      assertThat(national.getEscalation()).isNull();
      assertThat(national.getTargets()).containsExactly("IT-CERT");
    }

    @Test
    @DisplayName(
        "an incident the CERT does not see is refused like one that does not exist: 404, and no"
            + " record, so a team neither escalates nor learns of another CERT's incident")
    void refusesIncidentsNotSeen() {
      String sentence = "No incident " + UNSEEN_INCIDENT + " among those FR-CERT sees";
      assertRefused(escalate("LARGE_SCALE", null, UNSEEN_INCIDENT), 404, sentence);
      assertRefused(escalate("LARGE_SCALE", "fr-alert", UNSEEN_INCIDENT), 404, sentence);
      assertRefused(
          escalate("LARGE_SCALE", null, "INC-0000000000000000"),
          404,
          "No incident INC-0000000000000000 among those FR-CERT sees");
      assertThat(record(escalate("EU_CYCLONE", null, "fr-alert")).getIncidentId())
          .as("a report's incident is the entity's alert: one the CERT holds names it")
          .isEqualTo("fr-alert");
    }

    @Test
    @DisplayName("a level without incident or alert, or neither level nor target, is refused")
    void refusesEscalationsToNothing() {
      assertRefused(
          escalate("EU_CYCLONE", null, null),
          400,
          "An ESCALATE to EU_CYCLONE needs the incidentId or the alertId it is about");
      assertRefused(escalate(null, "fr-alert", null), 400, "An ESCALATE needs an escalation");
      assertRefused(escalate("NATO", "fr-alert", null), 400, "Unknown escalation 'NATO'");
      assertRefused(
          escalate("LARGE_SCALE", null, "I".repeat(RecordLimits.ID_CHARS + 1)),
          400,
          "incidentId has 129 characters; at most 128");
    }

    private ActionRequest escalate(
        String level, String alertId, String incidentId, String... targets) {
      return new ActionRequest(
          "ESCALATE",
          alertId,
          incidentId,
          List.of(targets),
          null,
          null,
          null,
          null,
          null,
          null,
          level,
          null,
          null,
          null);
    }
  }

  @Nested
  @DisplayName("ATTRIBUTE, VOTE and PROPOSE")
  class Toolbox {

    @Test
    @DisplayName("an assessment with its evidence under a label, as the toolbox reads it")
    void attributes() {
      TraineeAction action =
          record(
              attribute(
                  new ActionRequest.Assessment(
                      "GREY-HERON", "GREY-HERON", "high", "TLP:AMBER+STRICT", "malware overlap")));
      TraineeAction bare =
          record(attribute(new ActionRequest.Assessment("GREY-HERON", "APT-X", "LOW", null, null)));

      assertThat(action.getType()).isEqualTo(ActionType.ATTRIBUTE);
      assertThat(action.getAssessment().getSubject()).isEqualTo("GREY-HERON");
      assertThat(action.getAssessment().getActor()).isEqualTo("GREY-HERON");
      assertThat(action.getAssessment().getConfidence()).isEqualTo(Confidence.HIGH);
      assertThat(action.getAssessment().getEvidenceLabel()).isEqualTo(Tlp.AMBER_STRICT);
      assertThat(action.getAssessment().getEvidence()).isEqualTo("malware overlap");
      assertThat(bare.getAssessment().getEvidenceLabel()).isNull();
      assertThat(bare.getAssessment().getEvidence()).isEmpty();
    }

    @Test
    @DisplayName(
        "an assessment without its fields, or with evidence over 16,384 characters, is not")
    void refusesBadAssessments() {
      String tooMuch = "e".repeat(RecordLimits.TEXT_CHARS + 1);

      assertRefused(attribute(null), 400, "An ATTRIBUTE needs its assessment");
      assertRefused(
          attribute(new ActionRequest.Assessment(" ", "X", "LOW", null, null)),
          400,
          "No assessment subject given");
      assertRefused(
          attribute(new ActionRequest.Assessment("S", "X", "certain", null, null)),
          400,
          "Unknown confidence 'certain': expected one of LOW, MODERATE, HIGH");
      assertRefused(
          attribute(new ActionRequest.Assessment("S", "X", "LOW", "TLP:RED", tooMuch)),
          400,
          "The evidence has 16,385 characters; at most 16,384");
      assertRefused(
          attribute(new ActionRequest.Assessment("S", "X", "LOW", null, "seen it")),
          400,
          "Evidence needs the label it travels under");
      assertRefused(
          attribute(new ActionRequest.Assessment("S", "X", "LOW", "TLP:RED", "")),
          400,
          "An evidenceLabel needs the evidence it labels");
      assertRefused(
          attribute(new ActionRequest.Assessment("S", "A".repeat(257), "LOW", null, null)),
          400,
          "assessment actor has 257 characters; at most 256");
    }

    @Test
    @DisplayName(
        "a vote names its proposal and a choice; a proposal id fits its outcome notice's id")
    void votes() {
      TraineeAction action = record(vote(new ActionRequest.Vote("listing-1", "object")));

      assertThat(action.getType()).isEqualTo(ActionType.VOTE);
      assertThat(action.getVote().getProposalId()).isEqualTo("listing-1");
      assertThat(action.getVote().getChoice()).isEqualTo(VoteChoice.OBJECT);
      assertRefused(vote(null), 400, "A VOTE needs its vote");
      assertRefused(vote(new ActionRequest.Vote("listing-1", "maybe")), 400, "Unknown choice");
      assertRefused(
          vote(new ActionRequest.Vote("p".repeat(121), "APPROVE")),
          400,
          "proposalId has 121 characters; at most 120");
    }

    @Test
    @DisplayName("a proposal's deadline is the action's time plus the span given")
    void proposes() {
      TraineeAction action =
          record(
              propose(
                  new ActionRequest.Proposal(
                      "listing-1",
                      "restrictive-measures",
                      "GREY-HERON",
                      "GREY-HERON",
                      "silence",
                      "1h30m")));

      assertThat(action.getType()).isEqualTo(ActionType.PROPOSE);
      assertThat(action.getProposal().getProposalId()).isEqualTo("listing-1");
      assertThat(action.getProposal().getMeasure()).isEqualTo(ToolboxMeasure.RESTRICTIVE_MEASURES);
      assertThat(action.getProposal().getProcedure()).isEqualTo(DecisionProcedure.SILENCE);
      assertThat(action.getProposal().getActor()).isEqualTo("GREY-HERON");
      assertThat(action.getProposal().getDeadline())
          .isEqualTo(MINUTE_4.plus(Duration.ofMinutes(90)));
      assertThat(
              record(
                      propose(
                          new ActionRequest.Proposal(
                              "decl-1", "EU_DECLARATION", "GREY-HERON", null, "UNANIMITY", "PT2H")))
                  .getProposal())
          .satisfies(
              p -> {
                assertThat(p.getActor()).isNull();
                assertThat(p.getDeadline()).isEqualTo(MINUTE_4.plus(Duration.ofHours(2)));
              });
    }

    @Test
    @DisplayName("a proposal without its fields, or with a deadline that is no span, is refused")
    void refusesBadProposals() {
      assertRefused(propose(null), 400, "A PROPOSE needs its proposal");
      assertRefused(
          propose(proposal("EU_DECLARATION", "UNANIMITY", "soon")),
          400,
          "The deadline 'soon' is not a span of time: write it like 2h, 1h30m, 1d or PT2H");
      assertRefused(
          propose(proposal("EU_DECLARATION", "UNANIMITY", "400d")), 400, "at most 366 days");
      assertRefused(
          propose(proposal("EU_DECLARATION", "UNANIMITY", "0m")), 400, "more than nothing");
      assertRefused(
          propose(proposal("EU_DECLARATION", "UNANIMITY", null)), 400, "No deadline given");
      assertRefused(propose(proposal("SANCTIONS", "UNANIMITY", "2h")), 400, "Unknown measure");
      assertRefused(
          propose(proposal("EU_DECLARATION", "MAJORITY", "2h")), 400, "Unknown procedure");
    }

    private ActionRequest.Proposal proposal(String measure, String procedure, String deadline) {
      return new ActionRequest.Proposal("p-1", measure, "GREY-HERON", null, procedure, deadline);
    }

    private ActionRequest attribute(ActionRequest.Assessment assessment) {
      return new ActionRequest(
          "ATTRIBUTE",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          assessment,
          null,
          null);
    }

    private ActionRequest vote(ActionRequest.Vote vote) {
      return new ActionRequest(
          "VOTE", null, null, null, null, null, null, null, null, null, null, null, vote, null);
    }

    private ActionRequest propose(ActionRequest.Proposal proposal) {
      return new ActionRequest(
          "PROPOSE", null, null, null, null, null, null, null, null, null, null, null, null,
          proposal);
    }
  }

  @Test
  @DisplayName("NOTIFY and unknown types are refused, saying what the endpoint takes")
  void unknownTypes() {
    assertRefused(
        plain("NOTIFY", "fr-alert", "DE-CERT"),
        400,
        "A NOTIFY is recorded when the team issues its own alert");
    assertRefused(
        plain("DELETE", "fr-alert", "DE-CERT"),
        400,
        "Unknown action type 'DELETE': the dashboard takes ACKNOWLEDGE, CLASSIFY, REPORT");
    assertRefused(plain(null, "fr-alert", "DE-CERT"), 400, "Unknown action type 'null'");
  }

  @Test
  @DisplayName("the actor is the CERT acting, whatever it names; what it came with is recorded")
  void actorAndOrigin() {
    TeamAction action =
        check.admit(RUN, "FR-CERT", AccessRole.CONTROL, plain("ACKNOWLEDGE", null, "DE-CERT"));

    assertThat(ActionRecords.traineeAction(action).getDetails())
        .containsEntry(ActionRecords.SUBMITTED_WITH, "control")
        .containsEntry(ActionRecords.ORIGIN, "dashboard");
    assertThat(action.actor()).isEqualTo("FR-CERT");
  }

  private TraineeAction record(ActionRequest request) {
    TeamAction action = check.admit(RUN, "FR-CERT", FR, request);
    TraineeAction record = ActionRecords.traineeAction(action);
    assertThat(record.getRunId()).isEqualTo(RUN);
    assertThat(record.getActionId()).isEqualTo("action-1");
    assertThat(RecordLimits.problemsOf(record)).isEmpty();
    return record;
  }

  private void assertRefused(ActionRequest request, int status, String sentence) {
    assertThatThrownBy(() -> check.admit(RUN, "FR-CERT", FR, request))
        .isInstanceOfSatisfying(
            ActionRefused.class,
            refused -> {
              assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.valueOf(status));
              assertThat(refused.getReason()).contains(sentence);
            });
  }

  private static ActionRequest plain(String type, String alertId, String... targets) {
    return ActionRequest.of(type, alertId, List.of(targets), null);
  }
}
