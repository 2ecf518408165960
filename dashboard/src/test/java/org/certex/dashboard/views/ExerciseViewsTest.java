package org.certex.dashboard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;
import static org.certex.dashboard.ExerciseFixtures.shareDecided;
import static org.certex.dashboard.ExerciseFixtures.sharedDelivery;

import java.time.Instant;
import java.util.List;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseEvent.PipelineReported;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ViewChange.DeliveryAdded;
import org.certex.dashboard.views.ViewChange.OutcomeAdded;
import org.certex.dashboard.views.ViewChange.RunChanged;
import org.certex.dashboard.views.ViewChange.RunTallied;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fold of a run's events into what the page shows")
class ExerciseViewsTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private final ExerciseViews views = new ExerciseViews(500);

  @Test
  @DisplayName("a CERT's inbox lists its deliveries newest first, in the order they were folded")
  void inboxIsNewestFirst() {
    views.apply(runRecorded(RUN, T0));
    views.apply(delivered(RUN, "a1", "FR-CERT", 1));
    views.apply(delivered(RUN, "a2", "FR-CERT", 2));
    views.apply(delivered(RUN, "a3", "FR-CERT", 3));

    assertThat(alertIds(views.inbox(RUN, "FR-CERT").orElseThrow()))
        .containsExactly("a3", "a2", "a1");
  }

  @Test
  @DisplayName("a delivery seen twice (same delivery id) appears once and changes nothing")
  void duplicateDeliveryIsIgnored() {
    views.apply(runRecorded(RUN, T0));
    views.apply(delivered(RUN, "a1", "FR-CERT"));
    views.apply(delivered(RUN, "a2", "FR-CERT"));

    List<ViewChange> changes = views.apply(delivered(RUN, "a1", "FR-CERT"));

    assertThat(changes).isEmpty();
    assertThat(alertIds(views.inbox(RUN, "FR-CERT").orElseThrow())).containsExactly("a2", "a1");
  }

  @Test
  @DisplayName("an inbox keeps only the newest deliveries, up to its capacity")
  void inboxIsBounded() {
    ExerciseViews small = new ExerciseViews(3);
    for (int i = 1; i <= 5; i++) {
      small.apply(delivered(RUN, "a" + i, "FR-CERT", i));
    }

    assertThat(alertIds(small.inbox(RUN, "FR-CERT").orElseThrow()))
        .containsExactly("a5", "a4", "a3");
  }

  @Test
  @DisplayName("a delivery that fell off a bounded inbox does not come back when redelivered")
  void evictedDuplicateStaysOut() {
    ExerciseViews small = new ExerciseViews(2);
    small.apply(delivered(RUN, "a1", "FR-CERT", 1));
    small.apply(delivered(RUN, "a2", "FR-CERT", 2));
    small.apply(delivered(RUN, "a3", "FR-CERT", 3));

    assertThat(small.apply(delivered(RUN, "a1", "FR-CERT", 1))).isEmpty();
    assertThat(alertIds(small.inbox(RUN, "FR-CERT").orElseThrow())).containsExactly("a3", "a2");
  }

  @Test
  @DisplayName("each CERT sees only what was delivered to it, even for the same alert")
  void inboxesAreKeptApartByRecipient() {
    views.apply(runRecorded(RUN, T0));
    views.apply(delivered(RUN, "shared", "FR-CERT"));
    views.apply(delivered(RUN, "shared", "DE-CERT"));
    views.apply(delivered(RUN, "only-fr", "FR-CERT"));
    views.apply(delivered(RUN, "only-de", "DE-CERT"));

    List<DeliveryView> fr = views.inbox(RUN, "FR-CERT").orElseThrow();
    List<DeliveryView> de = views.inbox(RUN, "DE-CERT").orElseThrow();

    assertThat(fr).extracting(DeliveryView::recipient).containsOnly("FR-CERT");
    assertThat(alertIds(fr)).containsExactly("only-fr", "shared");
    assertThat(de).extracting(DeliveryView::recipient).containsOnly("DE-CERT");
    assertThat(alertIds(de)).containsExactly("only-de", "shared");
    assertThat(views.inbox(RUN, "IT-CERT")).contains(List.of());
  }

  @Test
  @DisplayName("runs are kept apart: a delivery of one run is not in another run's inbox")
  void runsAreKeptApart() {
    views.apply(runRecorded("run-a", T0));
    views.apply(runRecorded("run-b", T0.plusSeconds(60)));
    views.apply(delivered("run-a", "a1", "FR-CERT"));

    assertThat(views.inbox("run-b", "FR-CERT")).contains(List.of());
    assertThat(views.inbox("run-c", "FR-CERT")).isEmpty();
  }

  @Test
  @DisplayName("dead letters are counted per run, with the latest reason, as a tally")
  void deadLettersAreCounted() {
    views.apply(runRecorded(RUN, T0));
    views.apply(runRecorded("other", T0));
    views.apply(new DeadLettered(RUN, "unknown schema fingerprint"));
    List<ViewChange> changes = views.apply(new DeadLettered(RUN, "TLP:RED without addressees"));

    RunView run = views.run(RUN).orElseThrow();
    assertThat(run.deadLetters()).isEqualTo(2);
    assertThat(run.lastDeadLetterReason()).isEqualTo("TLP:RED without addressees");
    assertThat(views.run("other").orElseThrow().deadLetters()).isZero();
    assertThat(changes)
        .containsExactly(
            new RunTallied(run),
            new ViewChange.DeadLetterAdded(
                RUN, new DeadLetterView("TLP:RED without addressees", null, null)));
  }

  @Test
  @DisplayName("a run's record replaces its view and keeps what was counted while folding")
  void runRecordUpdatesTheRun() {
    views.apply(runRecorded(RUN, T0));
    views.apply(new DeadLettered(RUN, "bad"));
    views.apply(delivered(RUN, "a1", "FR-CERT"));
    ExerciseEvent.RunRecorded completed = runRecorded(RUN, T0);
    views.apply(
        new ExerciseEvent.RunRecorded(
            RUN,
            completed.scenarioId(),
            completed.title(),
            "COMPLETED",
            completed.scenarioStart(),
            completed.startedAt(),
            T0.plusSeconds(3600),
            completed.participants(),
            completed.partitions(),
            null,
            null));

    RunView run = views.run(RUN).orElseThrow();
    assertThat(run.status()).isEqualTo("COMPLETED");
    assertThat(run.deadLetters()).isEqualTo(1);
    assertThat(run.recipients()).containsExactly("FR-CERT");
    assertThat(run.participants()).extracting(ParticipantView::id).contains("FR-CERT", "DE-CERT");
  }

  @Test
  @DisplayName("runs are listed newest first")
  void runsNewestFirst() {
    views.apply(runRecorded("older", T0));
    views.apply(runRecorded("newest", T0.plusSeconds(7200)));
    views.apply(runRecorded("middle", T0.plusSeconds(3600)));

    assertThat(views.runs())
        .extracting(RunView::runId)
        .containsExactly("newest", "middle", "older");
  }

  @Test
  @DisplayName("events of a run not yet recorded start it as unannounced; its record completes it")
  void eventsBeforeTheRunRecord() {
    views.apply(delivered(RUN, "a1", "FR-CERT"));
    assertThat(views.run(RUN).orElseThrow().status()).isEqualTo(RunView.UNANNOUNCED);

    views.apply(runRecorded(RUN, T0));

    assertThat(views.run(RUN).orElseThrow().status()).isEqualTo("RUNNING");
    assertThat(alertIds(views.inbox(RUN, "FR-CERT").orElseThrow())).containsExactly("a1");
  }

  @Test
  @DisplayName(
      "a delivery says what changed: a new recipient changes the run's tally, then the inbox")
  void changesOfADelivery() {
    views.apply(runRecorded(RUN, T0));
    ExerciseEvent.AlertDelivered first = delivered(RUN, "a1", "FR-CERT");

    List<ViewChange> firstChanges = views.apply(first);
    List<ViewChange> secondChanges = views.apply(delivered(RUN, "a2", "FR-CERT"));

    assertThat(firstChanges).hasSize(2);
    assertThat(firstChanges.get(0)).isInstanceOf(RunTallied.class);
    assertThat(firstChanges.get(1)).isEqualTo(new DeliveryAdded(RUN, first.delivery()));
    assertThat(secondChanges).singleElement().isInstanceOf(DeliveryAdded.class);
  }

  @Test
  @DisplayName("a run's record is a change of the run itself, not of its tally")
  void recordIsARunChange() {
    List<ViewChange> changes = views.apply(runRecorded(RUN, T0));

    assertThat(changes).containsExactly(new RunChanged(views.run(RUN).orElseThrow()));
  }

  @Test
  @DisplayName("a copy shared onward keeps who shared it and whether it is redacted in the inbox")
  void sharedCopiesKeepTheirProvenance() {
    views.apply(runRecorded(RUN, T0));
    views.apply(shared("a1", "DE-CERT", "FR-CERT", true));
    views.apply(shared("a2", "DE-CERT", "FR-CERT", false));

    List<DeliveryView> de = views.inbox(RUN, "DE-CERT").orElseThrow();

    assertThat(de)
        .extracting(DeliveryView::alertId, DeliveryView::sharedBy, DeliveryView::redacted)
        .containsExactly(tuple("a2", "FR-CERT", false), tuple("a1", "FR-CERT", true));
    assertThat(de.get(1).indicators()).isEmpty();
    assertThat(de.get(0).indicators()).isNotEmpty();
  }

  @Test
  @DisplayName("the outcome of a team's request goes to that team's outcomes and nobody else's")
  void outcomesOnlyForTheRequester() {
    views.apply(runRecorded(RUN, T0));
    views.apply(delivered(RUN, "a1", "FR-CERT"));
    RequestDecided decided =
        shareDecided(RUN, "act-1", "a1", "FR-CERT", "DE-CERT:!RED_NOT_NAMED", "IT-CERT:X");

    List<ViewChange> changes = views.apply(decided);

    assertThat(changes).containsExactly(new OutcomeAdded(RUN, decided.outcome()));
    assertThat(views.outcomes(RUN, "FR-CERT").orElseThrow()).containsExactly(decided.outcome());
    assertThat(views.outcomes(RUN, "DE-CERT")).contains(List.of());
    assertThat(views.outcomes(RUN, "IT-CERT")).contains(List.of());
    assertThat(views.inbox(RUN, "DE-CERT")).contains(List.of());
    assertThat(views.outcomes("another-run", "FR-CERT")).isEmpty();
    assertThat(views.run(RUN).orElseThrow().recipients())
        .as("a decision is no delivery: it tallies no recipient")
        .containsExactly("FR-CERT");
  }

  @Test
  @DisplayName("a team's outcomes are newest first, and a decision seen twice counts once")
  void outcomesNewestFirstWithoutRepeats() {
    views.apply(shareDecided(RUN, "act-1", "a1", "FR-CERT", "DE-CERT:!RED_NOT_NAMED"));
    views.apply(shareDecided(RUN, "act-2", "a2", "FR-CERT", "DE-CERT:CLEAR_ANYONE"));

    assertThat(views.apply(shareDecided(RUN, "act-1", "a1", "FR-CERT", "DE-CERT:X"))).isEmpty();
    assertThat(views.outcomes(RUN, "FR-CERT").orElseThrow())
        .extracting(RequestOutcome::actionId)
        .containsExactly("act-2", "act-1");
  }

  @Test
  @DisplayName("a team acts on what its CERT holds, at the latest scenario time the fold has seen")
  void actingGround() {
    assertThat(views.actingGround(RUN, "FR-CERT", "a1")).as("run not known").isEmpty();
    views.apply(delivered(RUN, "a1", "FR-CERT", 3));
    assertThat(views.actingGround(RUN, "FR-CERT", "a1")).as("run not recorded").isEmpty();
    views.apply(runRecorded(RUN, T0));
    assertThat(views.actingGround(RUN, "FR-CERT", "a1").orElseThrow().scenarioNow())
        .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(180));
    views.apply(delivered(RUN, "a2", "DE-CERT", 7));
    views.apply(delivered(RUN, "a3", "FR-CERT", 5));

    ActingGround fr = views.actingGround(RUN, "FR-CERT", "a1").orElseThrow();

    assertThat(fr.holdsAlert()).isTrue();
    assertThat(fr.participants()).containsExactlyInAnyOrder("FR-CERT", "DE-CERT");
    assertThat(fr.partitions()).isEqualTo(3);
    assertThat(fr.scenarioNow()).isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(420));
    assertThat(views.actingGround(RUN, "FR-CERT", "a2").orElseThrow().holdsAlert())
        .as("delivered to DE-CERT only")
        .isFalse();
    assertThat(views.actingGround(RUN, "FR-CERT", "nothing").orElseThrow().holdsAlert()).isFalse();
    views.apply(shareDecided(RUN, "act-1", "a1", "FR-CERT", "DE-CERT:CLEAR_ANYONE"));
    assertThat(views.actingGround(RUN, "DE-CERT", "a2").orElseThrow().scenarioNow())
        .as("a decision at 08:10 moves the clock too")
        .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(600));
  }

  @Test
  @DisplayName(
      "once the engine ticks, a team acts at the engine's latest time, or at its own latest"
          + " delivery if later; never at another team's")
  void scenarioNowFromTheEngine() {
    views.apply(runRecorded(RUN, T0));
    views.apply(delivered(RUN, "a1", "FR-CERT", 3));
    assertThat(views.apply(ExerciseFixtures.ticked(RUN, 10)))
        .as("everyone's page is told where the clock stands")
        .singleElement()
        .isInstanceOfSatisfying(
            ViewChange.ClockMoved.class,
            moved ->
                assertThat(moved.clock().scenarioTime())
                    .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(600)));

    assertThat(views.actingGround(RUN, "FR-CERT", "a1").orElseThrow().scenarioNow())
        .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(600));
    views.apply(delivered(RUN, "a2", "DE-CERT", 12));
    assertThat(views.actingGround(RUN, "FR-CERT", "a1").orElseThrow().scenarioNow())
        .as("DE-CERT's delivery tells FR-CERT nothing")
        .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(600));
    assertThat(views.actingGround(RUN, "DE-CERT", "a2").orElseThrow().scenarioNow())
        .as("an action never predates the alert it acts on")
        .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(720));
    views.apply(ExerciseFixtures.ticked(RUN, 15));
    views.apply(ExerciseFixtures.ticked(RUN, 14));
    assertThat(views.actingGround(RUN, "DE-CERT", "a2").orElseThrow().scenarioNow())
        .as("the engine's latest time; an older record read late does not turn it back")
        .isEqualTo(ExerciseFixtures.SCENARIO_START.plusSeconds(900));
  }

  @Test
  @DisplayName("a team still acts on an alert that fell off its bounded inbox")
  void holdsWhatFellOffTheInbox() {
    ExerciseViews small = new ExerciseViews(1);
    small.apply(runRecorded(RUN, T0));
    small.apply(delivered(RUN, "a1", "FR-CERT", 1));
    small.apply(delivered(RUN, "a2", "FR-CERT", 2));

    assertThat(alertIds(small.inbox(RUN, "FR-CERT").orElseThrow())).containsExactly("a2");
    assertThat(small.actingGround(RUN, "FR-CERT", "a1").orElseThrow().holdsAlert()).isTrue();
  }

  @Test
  @DisplayName(
      "a record stamped past the run's horizon is folded, but the run does not stand at its time")
  void recordPastTheHorizon() {
    Instant start = ExerciseFixtures.SCENARIO_START;
    views.apply(new StampedEvent(start, runRecorded(RUN, T0)));
    views.apply(new StampedEvent(start.plusSeconds(60), delivered(RUN, "a1", "FR-CERT")));
    views.apply(
        new StampedEvent(Instant.parse("9999-12-31T00:00:00Z"), delivered(RUN, "a2", "FR-CERT")));

    assertThat(views.asOf(RUN)).contains(start.plusSeconds(60));
    assertThat(alertIds(views.inbox(RUN, "FR-CERT").orElseThrow())).containsExactly("a2", "a1");
    views.apply(
        new StampedEvent(
            start.plus(org.certex.schemas.RecordLimits.SCENARIO_SPAN),
            delivered(RUN, "a3", "FR-CERT")));
    assertThat(views.asOf(RUN))
        .as("the horizon itself is within it")
        .contains(start.plus(org.certex.schemas.RecordLimits.SCENARIO_SPAN));
  }

  @Test
  @DisplayName("before any delivery a team's actions are stamped with the scenario's start")
  void clockStartsAtTheScenarioStart() {
    views.apply(runRecorded(RUN, T0));

    assertThat(views.actingGround(RUN, "FR-CERT", "a1").orElseThrow().scenarioNow())
        .isEqualTo(ExerciseFixtures.SCENARIO_START);
  }

  @Test
  @DisplayName(
      "a pipeline's report changes the run for everyone: control sees why, others the state only")
  void pipelineReport() {
    views.apply(runRecorded(RUN, Instant.EPOCH));
    PipelineView failed =
        new PipelineView(
            "FAILED",
            "StreamsException: boom",
            new PipelineView.FailedRecord("certex." + RUN + ".alerts", 2, 41, "secret-alert"),
            "host-1",
            Instant.EPOCH);

    List<ViewChange> changes = views.apply(new PipelineReported(RUN, failed));

    assertThat(changes)
        .singleElement()
        .isInstanceOfSatisfying(
            RunChanged.class, changed -> assertThat(changed.run().pipeline()).isEqualTo(failed));
    RunSummary summary = RunSummary.of(views.run(RUN).orElseThrow());
    assertThat(summary.pipelineState()).isEqualTo("FAILED");
    assertThat(summary.toString()).doesNotContain("secret-alert", "boom");
    assertThat(views.failedPipelines()).containsExactly(RUN);

    views.apply(
        new PipelineReported(RUN, new PipelineView("RUNNING", "", null, "host-1", Instant.EPOCH)));
    assertThat(views.failedPipelines()).isEmpty();
    assertThat(views.run(RUN).orElseThrow().pipeline().state()).isEqualTo("RUNNING");
  }

  @Test
  @DisplayName("an inbox must keep at least one delivery")
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new ExerciseViews(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static AlertDelivered shared(
      String alertId, String recipient, String sharedBy, boolean redacted) {
    return new AlertDelivered(
        RUN,
        ExerciseEventDecoder.view(sharedDelivery(RUN, alertId, recipient, sharedBy, redacted)));
  }

  private static List<String> alertIds(List<DeliveryView> inbox) {
    return inbox.stream().map(DeliveryView::alertId).toList();
  }
}
