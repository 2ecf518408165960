package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.avro.DecisionProcedure.SILENCE;
import static org.certex.avro.DecisionProcedure.UNANIMITY;
import static org.certex.avro.VoteChoice.ABSTAIN;
import static org.certex.avro.VoteChoice.APPROVE;
import static org.certex.avro.VoteChoice.OBJECT;
import static org.certex.streams.situation.attribution.ToolboxPipeline.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.SituationSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Proposals and votes through the topology, decided by the tick at the deadline. */
class ProposalTopologyTest {

  private static final String ID = "listing-1";
  private static final Instant OPENED = at(Duration.ofHours(1));
  private static final Instant DEADLINE = at(Duration.ofHours(4));
  private static final List<String> STATES = List.of("DE", "EE", "LT", "PL", "PT");

  private final ToolboxPipeline pipeline = new ToolboxPipeline();
  private int minute;

  @AfterEach
  void stop() {
    pipeline.close();
  }

  private void open(DecisionProcedure procedure) {
    pipeline.propose("MFA-PL", ID, procedure, DEADLINE, OPENED);
  }

  /** Votes one scenario minute apart, after the proposal opened. */
  private void vote(String representative, org.certex.avro.VoteChoice choice) {
    pipeline.vote(representative, ID, choice, OPENED.plus(Duration.ofMinutes(++minute)));
  }

  private void approveAllBut(String... others) {
    for (String rep : List.of("MFA-PL", "MFA-EE", "MFA-LT", "AA-DE", "MFA-PT")) {
      if (!List.of(others).contains(rep)) {
        vote(rep, APPROVE);
      }
    }
  }

  /** The outcome decided by the tick at the deadline; nothing is decided before it. */
  private TestRecord<String, AttributionRecord> outcome() {
    pipeline.ticks(OPENED, DEADLINE.minus(Duration.ofMinutes(1)), Duration.ofMinutes(15));
    assertThat(pipeline.attribution.readValuesToList())
        .extracting(AttributionRecord::getKind)
        .doesNotContain(
            AttributionEvent.ADOPTED, AttributionEvent.BLOCKED, AttributionEvent.NOT_ADOPTED);
    pipeline.tick(DEADLINE);
    TestRecord<String, AttributionRecord> outcome = pipeline.attribution.readRecord();
    assertThat(pipeline.attribution.isEmpty()).isTrue();
    assertThat(outcome.key()).isEqualTo(ID);
    assertThat(outcome.getRecordTime()).isEqualTo(DEADLINE);
    assertThat(outcome.value().getScenarioTime()).isEqualTo(DEADLINE);
    assertThat(outcome.value().getNoticeAlertId()).isEqualTo("listing-1-outcome");
    return outcome;
  }

  @Test
  @DisplayName("opening a proposal records it with the states that vote on it")
  void opened() {
    open(UNANIMITY);
    TestRecord<String, AttributionRecord> opened = pipeline.attribution.readRecord();
    assertThat(opened.key()).isEqualTo(ID);
    assertThat(opened.value().getKind()).isEqualTo(AttributionEvent.PROPOSAL_OPENED);
    assertThat(opened.value().getMemberStates()).isEqualTo(STATES);
    assertThat(opened.value().getDeadline()).isEqualTo(DEADLINE);
    assertThat(opened.getRecordTime()).isEqualTo(OPENED);
  }

  @Test
  @DisplayName("unanimity: every member state approves, adopted at the deadline")
  void unanimityAdopted() {
    open(UNANIMITY);
    approveAllBut();
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.ADOPTED);
    assertThat(outcome.getMemberStates()).isEqualTo(STATES);
  }

  @Test
  @DisplayName("unanimity: one objection standing at the deadline blocks, naming the state")
  void unanimityBlocked() {
    open(UNANIMITY);
    approveAllBut("MFA-PT");
    vote("MFA-PT", OBJECT);
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.BLOCKED);
    assertThat(outcome.getBlockedBy()).containsExactly("PT");
    assertThat(outcome.getReason()).isEqualTo("blocked: PT objected, and unanimity is required");
  }

  @Test
  @DisplayName("unanimity: a state that neither voted nor abstained means not adopted, naming it")
  void unanimityMissing() {
    open(UNANIMITY);
    approveAllBut("MFA-LT");
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.NOT_ADOPTED);
    assertThat(outcome.getMissing()).containsExactly("LT");
  }

  @Test
  @DisplayName("unanimity: an abstention does not block")
  void abstention() {
    open(UNANIMITY);
    approveAllBut("MFA-PT");
    vote("MFA-PT", ABSTAIN);
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.ADOPTED);
    assertThat(outcome.getAbstained()).containsExactly("PT");
    assertThat(outcome.getMemberStates()).containsExactly("DE", "EE", "LT", "PL");
  }

  @Test
  @DisplayName(
      "a later vote replaces an earlier one from the same state: an objection withdrawn before the"
          + " deadline does not block, an approval turned objection does")
  void voteReplacement() {
    open(UNANIMITY);
    vote("MFA-PT", OBJECT);
    approveAllBut("MFA-PT", "MFA-LT");
    vote("MFA-LT", APPROVE);
    vote("MFA-PT", APPROVE);
    vote("MFA-LT", OBJECT);
    List<AttributionRecord> votes = pipeline.attribution.readValuesToList();
    assertThat(votes.get(votes.size() - 2).getReason())
        .startsWith("replaces the OBJECT PT cast at ");
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.BLOCKED);
    assertThat(outcome.getBlockedBy()).containsExactly("LT");
  }

  @Test
  @DisplayName("silence procedure: nobody breaks silence, adopted at the deadline")
  void silenceAdopted() {
    open(SILENCE);
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.ADOPTED);
    assertThat(outcome.getMemberStates()).isEqualTo(STATES);
  }

  @Test
  @DisplayName("silence procedure: an objection breaks silence and blocks")
  void silenceBroken() {
    open(SILENCE);
    vote("MFA-PT", OBJECT);
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.BLOCKED);
    assertThat(outcome.getBlockedBy()).containsExactly("PT");
    assertThat(outcome.getReason()).isEqualTo("blocked: PT broke silence");
  }

  @Test
  @DisplayName(
      "silence procedure: the objecting state, answered in time, withdraws its objection before the"
          + " deadline, and the proposal is adopted")
  void silenceObjectionWithdrawn() {
    open(SILENCE);
    vote("MFA-PT", OBJECT);
    vote("MFA-PT", APPROVE);
    assertThat(outcome().value().getKind()).isEqualTo(AttributionEvent.ADOPTED);
  }

  @Test
  @DisplayName(
      "votes at or after the deadline are refused; after the deciding tick the proposal is decided;"
          + " neither changes the outcome")
  void votesAfterDeadline() {
    open(SILENCE);
    pipeline.vote("MFA-PT", ID, OBJECT, DEADLINE);
    AttributionRecord late = pipeline.attribution.readValuesToList().get(1);
    assertThat(late.getKind()).isEqualTo(AttributionEvent.VOTE_REFUSED);
    assertThat(late.getReason()).startsWith("AFTER_DEADLINE: ");
    assertThat(late.getMemberState()).isEqualTo("PT");
    assertThat(outcome().value().getKind()).isEqualTo(AttributionEvent.ADOPTED);
    pipeline.vote("MFA-EE", ID, OBJECT, DEADLINE.minusSeconds(1));
    assertThat(pipeline.attribution.readValue().getReason()).startsWith("PROPOSAL_DECIDED: ");
    pipeline.tick(DEADLINE.plus(Duration.ofMinutes(1)));
    assertThat(pipeline.attribution.isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "refused with a reason: a vote by a non-representative, a proposal opened twice, a deadline"
          + " not ahead, and a vote on an unknown proposal once it has waited 15 scenario minutes")
  void refusals() {
    pipeline.vote("MFA-PT", "nothing", OBJECT, OPENED);
    open(UNANIMITY);
    vote("CERT-PL", OBJECT);
    pipeline.propose("MFA-EE", ID, SILENCE, DEADLINE, OPENED.plusSeconds(5));
    pipeline.propose("MFA-EE", "listing-2", SILENCE, OPENED, OPENED);
    pipeline.tick(OPENED.plus(Duration.ofMinutes(14)));
    List<AttributionRecord> out = pipeline.attribution.readValuesToList();
    assertThat(out)
        .extracting(r -> r.getKind() + " " + r.getReason().split(":")[0])
        .containsExactly(
            "PROPOSAL_OPENED ",
            "VOTE_REFUSED NOT_A_REPRESENTATIVE",
            "PROPOSAL_REFUSED DUPLICATE_PROPOSAL",
            "PROPOSAL_REFUSED DEADLINE_NOT_AHEAD");
    pipeline.tick(OPENED.plus(Duration.ofMinutes(15)));
    TestRecord<String, AttributionRecord> unknown = pipeline.attribution.readRecord();
    assertThat(unknown.key()).isEqualTo("nothing");
    assertThat(unknown.value().getReason())
        .isEqualTo("UNKNOWN_PROPOSAL: no proposal 'nothing' was open at " + OPENED);
    assertThat(unknown.getRecordTime()).isEqualTo(OPENED);
    // The refused duplicate did not replace the first: still unanimity, still its deadline.
    approveAllBut();
    assertThat(outcome().value().getProcedure()).isEqualTo(UNANIMITY);
  }

  @Test
  @DisplayName(
      "re-keying may reorder: a vote that arrives before its proposal waits for it and counts; a"
          + " state's earlier vote arriving after its later one does not replace it")
  void outOfOrderArrival() {
    pipeline.vote("MFA-PT", ID, OBJECT, OPENED.plus(Duration.ofMinutes(30)));
    pipeline.vote("MFA-EE", ID, APPROVE, OPENED.plus(Duration.ofMinutes(5)));
    assertThat(pipeline.attribution.isEmpty()).isTrue();
    open(UNANIMITY);
    assertThat(pipeline.attribution.readValuesToList())
        .extracting(AttributionRecord::getKind)
        .containsExactly(
            AttributionEvent.PROPOSAL_OPENED, AttributionEvent.VOTE, AttributionEvent.VOTE);
    for (String rep : List.of("MFA-PL", "MFA-LT", "AA-DE")) {
      pipeline.vote(rep, ID, APPROVE, OPENED.plus(Duration.ofMinutes(40)));
    }
    pipeline.vote("MFA-PT", ID, APPROVE, OPENED.plus(Duration.ofMinutes(20)));
    assertThat(pipeline.attribution.readValuesToList())
        .last()
        .satisfies(
            late ->
                assertThat(late.getReason())
                    .startsWith("recorded; the later OBJECT PT cast at ")
                    .endsWith(" stands"));
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.BLOCKED);
    assertThat(outcome.getBlockedBy()).containsExactly("PT");
  }

  @Test
  @DisplayName(
      "the scenario's representatives: only they vote, states left out do not vote, the default"
          + " ministry is then no representative")
  void scenarioRepresentatives() {
    try (ToolboxPipeline own =
        new ToolboxPipeline(
            SituationSettings.newBuilder()
                .setRepresentatives(Map.of("PL", "CERT-PL", "PT", "MFA-PT"))
                .build())) {
      own.propose("MFA-PL", ID, UNANIMITY, DEADLINE, OPENED);
      own.vote("MFA-PL", ID, APPROVE, OPENED.plusSeconds(60));
      own.vote("CERT-PL", ID, APPROVE, OPENED.plusSeconds(120));
      own.vote("MFA-PT", ID, ABSTAIN, OPENED.plusSeconds(180));
      own.tick(DEADLINE);
      List<AttributionRecord> out = own.attribution.readValuesToList();
      assertThat(out.get(0).getMemberStates()).containsExactly("PL", "PT");
      assertThat(out.get(1).getReason()).startsWith("NOT_A_REPRESENTATIVE: ");
      assertThat(out.get(4).getKind()).isEqualTo(AttributionEvent.ADOPTED);
      assertThat(out.get(4).getMemberStates()).containsExactly("PL");
      assertThat(out.get(4).getAbstained()).containsExactly("PT");
    }
  }
}
