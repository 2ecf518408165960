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
import java.util.Comparator;
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

/**
 * Proposals and votes through the topology, taken in scenario-time order as the clock passes them
 * and decided by the tick at the deadline.
 */
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
    assertThat(pipeline.attribution.isEmpty()).isTrue();
    pipeline.passTime();
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
    pipeline.passTime();
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
      "votes at or after the deadline are refused; a vote arriving after the deciding tick is late,"
          + " taken at once and refused as decided; neither changes the outcome")
  void votesAfterDeadline() {
    open(SILENCE);
    pipeline.vote("MFA-PT", ID, OBJECT, DEADLINE);
    pipeline.ticks(OPENED, DEADLINE.minus(Duration.ofMinutes(1)), Duration.ofMinutes(15));
    assertThat(pipeline.attribution.readValuesToList())
        .extracting(AttributionRecord::getKind)
        .containsExactly(AttributionEvent.PROPOSAL_OPENED);
    // The tick past the deadline takes the vote at the deadline first, then decides.
    pipeline.tick(DEADLINE.plusSeconds(1));
    List<TestRecord<String, AttributionRecord>> out = pipeline.attribution.readRecordsToList();
    assertThat(out)
        .extracting(r -> r.value().getKind())
        .containsExactly(AttributionEvent.VOTE_REFUSED, AttributionEvent.ADOPTED);
    AttributionRecord refused = out.get(0).value();
    assertThat(refused.getReason()).startsWith("AFTER_DEADLINE: ");
    assertThat(refused.getMemberState()).isEqualTo("PT");
    assertThat(out.get(1).getRecordTime()).isEqualTo(DEADLINE);

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
    // In scenario-time order; at OPENED in arrival order.
    assertThat(out)
        .extracting(r -> r.getKind() + " " + r.getReason().split(":")[0])
        .containsExactly(
            "PROPOSAL_OPENED ",
            "PROPOSAL_REFUSED DEADLINE_NOT_AHEAD",
            "PROPOSAL_REFUSED DUPLICATE_PROPOSAL",
            "VOTE_REFUSED NOT_A_REPRESENTATIVE");
    pipeline.tick(OPENED.plus(Duration.ofMinutes(15)));
    TestRecord<String, AttributionRecord> unknown = pipeline.attribution.readRecord();
    assertThat(unknown.key()).isEqualTo("nothing");
    assertThat(unknown.value().getReason())
        .isEqualTo("UNKNOWN_PROPOSAL: no proposal 'nothing' was open at " + OPENED);
    assertThat(unknown.getRecordTime()).isEqualTo(OPENED);
    // The refused duplicate did not replace the first: still unanimity, still its deadline.
    minute = 15;
    approveAllBut();
    assertThat(outcome().value().getProcedure()).isEqualTo(UNANIMITY);
  }

  @Test
  @DisplayName(
      "taken in scenario-time order, whatever the arrival order: votes that arrive before their"
          + " proposal count once the clock passes them all, and a state's later vote replaces its"
          + " earlier one that arrived after it")
  void outOfOrderArrival() {
    pipeline.vote("MFA-PT", ID, OBJECT, OPENED.plus(Duration.ofMinutes(30)));
    pipeline.vote("MFA-EE", ID, APPROVE, OPENED.plus(Duration.ofMinutes(5)));
    open(UNANIMITY);
    for (String rep : List.of("MFA-PL", "MFA-LT", "AA-DE")) {
      pipeline.vote(rep, ID, APPROVE, OPENED.plus(Duration.ofMinutes(40)));
    }
    pipeline.vote("MFA-PT", ID, APPROVE, OPENED.plus(Duration.ofMinutes(20)));
    assertThat(pipeline.attribution.isEmpty()).isTrue();

    List<TestRecord<String, AttributionRecord>> out = pipeline.passed();
    assertThat(out)
        .extracting(r -> r.value().getKind() + " " + r.value().getMemberState())
        .containsExactly(
            "PROPOSAL_OPENED null",
            "VOTE EE",
            "VOTE PT",
            "VOTE PT",
            "VOTE PL",
            "VOTE LT",
            "VOTE DE");
    assertThat(out)
        .extracting(TestRecord::getRecordTime)
        .isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(out.get(2).value().getReason()).isEmpty();
    assertThat(out.get(3).value().getReason()).startsWith("replaces the APPROVE PT cast at ");
    AttributionRecord outcome = outcome().value();
    assertThat(outcome.getKind()).isEqualTo(AttributionEvent.BLOCKED);
    assertThat(outcome.getBlockedBy()).containsExactly("PT");
  }

  @Test
  @DisplayName(
      "a vote arriving after the clock passed its time is late: taken at once, without a tick;"
          + " a state's earlier vote arriving late does not replace its later one")
  void lateVote() {
    open(UNANIMITY);
    approveAllBut("MFA-PT");
    vote("MFA-PT", OBJECT);
    pipeline.tick(OPENED.plus(Duration.ofMinutes(30)));
    assertThat(pipeline.attribution.readValuesToList()).hasSize(6);

    pipeline.vote("MFA-PT", ID, APPROVE, OPENED.plus(Duration.ofMinutes(2)));
    TestRecord<String, AttributionRecord> late = pipeline.attribution.readRecord();
    assertThat(late.getRecordTime()).isEqualTo(OPENED.plus(Duration.ofMinutes(2)));
    assertThat(late.value().getReason())
        .startsWith("recorded; the later OBJECT PT cast at ")
        .endsWith(" stands");
    assertThat(pipeline.attribution.isEmpty()).isTrue();
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
