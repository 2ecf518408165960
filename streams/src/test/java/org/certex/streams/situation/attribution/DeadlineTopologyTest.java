package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.avro.DecisionProcedure.SILENCE;
import static org.certex.avro.DecisionProcedure.UNANIMITY;
import static org.certex.avro.VoteChoice.APPROVE;
import static org.certex.avro.VoteChoice.OBJECT;
import static org.certex.streams.situation.attribution.ToolboxPipeline.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.Confidence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scenario time drives the outcome: only the engine's ticks decide, at the deadline, stamped with
 * it; a pause (no ticks) decides nothing, and holds the actions players take meanwhile until the
 * clock passes them; a jump decides each proposal at its own deadline, and the clock's speed
 * changes nothing.
 */
class DeadlineTopologyTest {

  private static final Instant DEADLINE = at(Duration.ofHours(4));

  private static boolean isOutcome(AttributionRecord r) {
    return AttributionTopology.isOutcome(r.getKind());
  }

  @Test
  @DisplayName(
      "no tick, nothing decided: not even actions stamped after the deadline decide; the first tick"
          + " after a pause does, stamped with the deadline")
  void onlyTicksDecide() {
    try (ToolboxPipeline pipeline = new ToolboxPipeline()) {
      pipeline.propose("MFA-PL", "p", SILENCE, DEADLINE, at(Duration.ofHours(1)));
      pipeline.ticks(at(Duration.ofHours(1)), at(Duration.ofHours(2)), Duration.ofMinutes(1));
      // Paused from 2 h on: no ticks, while players still act.
      pipeline.assess("MFA-EE", "GREY-HERON", "Unit 000", Confidence.HIGH, at(Duration.ofHours(5)));
      pipeline.vote("MFA-PT", "p", OBJECT, at(Duration.ofHours(5)));
      assertThat(pipeline.attribution.readValuesToList())
          .noneMatch(DeadlineTopologyTest::isOutcome);
      assertThat(pipeline.alerts.isEmpty()).isTrue();

      // The tick after the pause first takes the actions it passes, in time order, then decides.
      pipeline.tick(at(Duration.ofHours(6)));
      List<TestRecord<String, AttributionRecord>> out = pipeline.attribution.readRecordsToList();
      assertThat(out)
          .extracting(r -> r.value().getKind())
          .containsExactly(
              AttributionEvent.ASSESSMENT, AttributionEvent.VOTE_REFUSED, AttributionEvent.ADOPTED);
      assertThat(out.get(1).value().getReason()).startsWith("AFTER_DEADLINE: ");
      TestRecord<String, AttributionRecord> outcome =
          out.stream().filter(r -> isOutcome(r.value())).findFirst().orElseThrow();
      assertThat(outcome.getRecordTime()).isEqualTo(DEADLINE);
      assertThat(pipeline.alerts.readRecord().getRecordTime()).isEqualTo(DEADLINE);
    }
  }

  @Test
  @DisplayName(
      "a tick exactly at the deadline decides; duplicate and later ticks decide nothing again")
  void duplicateTicksAreHarmless() {
    try (ToolboxPipeline pipeline = new ToolboxPipeline()) {
      pipeline.propose("MFA-PL", "p", SILENCE, DEADLINE, at(Duration.ofHours(1)));
      pipeline.tick(DEADLINE.minusMillis(1));
      pipeline.tick(DEADLINE);
      pipeline.tick(DEADLINE);
      pipeline.ticks(DEADLINE, DEADLINE.plus(Duration.ofHours(1)), Duration.ofMinutes(1));
      assertThat(pipeline.attribution.readValuesToList())
          .filteredOn(DeadlineTopologyTest::isOutcome)
          .hasSize(1);
      assertThat(pipeline.alerts.readValuesToList()).hasSize(1);
    }
  }

  @Test
  @DisplayName(
      "a jump across two deadlines decides both, in deadline order, each at its own deadline")
  void jumpAcrossDeadlines() {
    try (ToolboxPipeline pipeline = new ToolboxPipeline()) {
      Instant early = at(Duration.ofHours(3));
      pipeline.propose("MFA-PL", "late", UNANIMITY, DEADLINE, at(Duration.ofHours(1)));
      pipeline.propose("MFA-PL", "early", SILENCE, early, at(Duration.ofHours(1)));
      pipeline.vote("MFA-PT", "late", APPROVE, at(Duration.ofHours(2)));
      pipeline.tick(at(Duration.ofHours(2)));
      assertThat(pipeline.attribution.readValuesToList())
          .extracting(AttributionRecord::getKind)
          .containsExactly(AttributionEvent.PROPOSAL_OPENED, AttributionEvent.PROPOSAL_OPENED);
      pipeline.tick(at(Duration.ofDays(1)));
      List<TestRecord<String, AttributionRecord>> all = pipeline.attribution.readRecordsToList();
      // The vote at 2 h, held until the clock passed it, is taken before the deadlines fall due.
      assertThat(all.get(0).value().getKind()).isEqualTo(AttributionEvent.VOTE);
      List<TestRecord<String, AttributionRecord>> outcomes =
          all.stream().filter(r -> isOutcome(r.value())).toList();
      assertThat(outcomes).hasSize(all.size() - 1);
      assertThat(outcomes).extracting(TestRecord::key).containsExactly("early", "late");
      assertThat(outcomes).extracting(TestRecord::getRecordTime).containsExactly(early, DEADLINE);
      assertThat(outcomes)
          .extracting(r -> r.value().getKind())
          .containsExactly(AttributionEvent.ADOPTED, AttributionEvent.NOT_ADOPTED);
      assertThat(outcomes.get(1).value().getMissing()).containsExactly("DE", "EE", "LT", "PL");
    }
  }

  /** Everything a run's pipeline wrote for one script, with keys and timestamps. */
  private static List<String> play(double speed) {
    try (ToolboxPipeline p = new ToolboxPipeline()) {
      List<String> out = new ArrayList<>();
      Instant[] now = {ToolboxPipeline.T0};
      Runnable[] script = {
        () -> p.assess("MFA-PL", "GREY-HERON", "Unit 000", Confidence.HIGH, now[0]),
        () -> p.assess("MFA-EE", "GREY-HERON", "Unit 000", Confidence.MODERATE, now[0]),
        () -> p.propose("MFA-PL", "listing", UNANIMITY, DEADLINE, now[0]),
        () -> p.propose("MFA-PL", "declaration", SILENCE, DEADLINE.minusSeconds(90), now[0]),
        () -> p.vote("MFA-PT", "listing", OBJECT, now[0]),
        () -> p.vote("MFA-PT", "declaration", OBJECT, now[0]),
        () -> p.vote("MFA-PT", "listing", APPROVE, now[0]),
      };
      int step = 0;
      for (Instant t = ToolboxPipeline.T0;
          !t.isAfter(DEADLINE.plusSeconds(600));
          t = t.plusSeconds(60)) {
        now[0] = t;
        p.tick(t);
        if (step < script.length
            && t.isAfter(ToolboxPipeline.T0.plus(Duration.ofMinutes(30L * step)))) {
          script[step++].run();
        }
        p.driver.advanceWallClockTime(Duration.ofMillis((long) (60_000 / speed)));
      }
      p.attribution
          .readRecordsToList()
          .forEach(r -> out.add(r.key() + " " + r.getRecordTime() + " " + r.value()));
      p.alerts
          .readRecordsToList()
          .forEach(r -> out.add(r.key() + " " + r.getRecordTime() + " " + r.value()));
      p.deliveries
          .readRecordsToList()
          .forEach(r -> out.add(r.key() + " " + r.getRecordTime() + " " + r.value()));
      return out;
    }
  }

  @Test
  @DisplayName("the same input at 1x and at 3600x gives the same output, record for record")
  void sameAtTwoClockSpeeds() {
    List<String> slow = play(1);
    List<String> fast = play(3600);
    assertThat(slow).isEqualTo(fast);
    assertThat(slow).anyMatch(line -> line.contains("\"kind\": \"COORDINATED_ATTRIBUTION\""));
    assertThat(slow)
        .anyMatch(
            line -> line.startsWith("declaration ") && line.contains("\"kind\": \"BLOCKED\""));
    assertThat(slow)
        .anyMatch(
            line -> line.startsWith("listing ") && line.contains("\"kind\": \"NOT_ADOPTED\""));
  }
}
