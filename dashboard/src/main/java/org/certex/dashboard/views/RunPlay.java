package org.certex.dashboard.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.certex.avro.Incident;
import org.certex.dashboard.views.ExerciseEvent.ActionTaken;
import org.certex.dashboard.views.ExerciseEvent.AttributionRecorded;
import org.certex.dashboard.views.ExerciseEvent.ControlApplied;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseEvent.ExpectationSettled;
import org.certex.dashboard.views.ExerciseEvent.IncidentChanged;
import org.certex.dashboard.views.ExerciseEvent.InjectFired;
import org.certex.dashboard.views.ExerciseEvent.ReportingClockChanged;
import org.certex.dashboard.views.ViewChange.ControlFactAdded;
import org.certex.dashboard.views.ViewChange.DeadLetterAdded;

/**
 * The exercise as it is played in one run, beside the inboxes of its {@link RunLedger}: the MSEL,
 * what the engine applied for exercise control, the dead letters, the situation (NIS2 clocks,
 * incidents, attribution), the teams' actions and the message injects each team was sent. Plain
 * Java, folded on the feed thread.
 *
 * <p>Bounds: the latest {@value #CONTROL_FACTS} facts of exercise control and {@value
 * #DEAD_LETTERS} dead letters (their total is on the run's view); the others say their own.
 */
public final class RunPlay {

  static final int CONTROL_FACTS = 200;
  static final int DEAD_LETTERS = 200;

  private final String runId;
  private final MselBoard msel;
  private final Latest<ControlFactView> controlLog = new Latest<>(CONTROL_FACTS);
  private final Latest<DeadLetterView> deadLetters = new Latest<>(DEAD_LETTERS);
  private final SituationBoard situation;
  private final TeamActions teams;
  private final TeamMessages messages;

  RunPlay(String runId, Holdings holdings) {
    this(runId, holdings, true);
  }

  RunPlay(String runId, Holdings holdings, boolean tellsChanges) {
    this.runId = runId;
    this.msel = new MselBoard(runId);
    this.situation = new SituationBoard(runId, holdings, tellsChanges);
    this.teams = new TeamActions(runId, holdings);
    this.messages = new TeamMessages(runId);
  }

  /** Folds an event of the exercise as played; nothing for any other. */
  List<ViewChange> apply(ExerciseEvent event) {
    if (event instanceof InjectFired fired) {
      List<ViewChange> changes = new ArrayList<>(msel.fire(fired.inject()));
      changes.addAll(messages.fire(fired.inject()));
      return changes;
    }
    if (event instanceof ExpectationSettled settled) {
      return msel.settle(settled.expectation());
    }
    if (event instanceof ActionTaken taken) {
      return teams.act(taken.action()).<List<ViewChange>>map(List::of).orElse(List.of());
    }
    if (event instanceof ReportingClockChanged clock) {
      return situation.clock(clock.clock());
    }
    if (event instanceof IncidentChanged incident) {
      return situation.incident(incident.incident());
    }
    if (event instanceof AttributionRecorded recorded) {
      return situation.attribution(recorded.record());
    }
    if (event instanceof ControlApplied applied) {
      controlLog.add(applied.fact());
      return List.of(new ControlFactAdded(runId, applied.fact()));
    }
    return List.of();
  }

  ViewChange deadLetter(DeadLettered deadLettered) {
    DeadLetterView view =
        new DeadLetterView(deadLettered.reason(), deadLettered.topic(), deadLettered.at());
    deadLetters.add(view);
    return new DeadLetterAdded(runId, view);
  }

  /** Every inject that fired, in scenario time order: the whole run's, for exercise control. */
  public List<FiredInjectView> firedInjects() {
    return msel.fired();
  }

  /** Every settled expectation, in the order first settled: the whole run's. */
  public List<ExpectationView> settledExpectations() {
    return msel.settled();
  }

  /** The incidents as they stand (merged ones included, with event MERGED), newest first. */
  public List<IncidentView> incidents() {
    return situation.incidents().all();
  }

  /** The large-scale escalations as recorded, with their notices, oldest first. */
  public List<Incident> escalations() {
    return situation.incidents().escalations();
  }

  /** The attribution toolbox's records (the latest 500), oldest first. */
  public List<AttributionView> attributionRecords() {
    List<AttributionView> records = new ArrayList<>(situation.attribution().whole().records());
    Collections.reverse(records);
    return records;
  }

  /** How many assessments and votes the toolbox refused, by kind. */
  public Map<String, Long> attributionRefusals() {
    return situation.attribution().refusals();
  }

  public MselBoard msel() {
    return msel;
  }

  public List<ControlFactView> controlLog() {
    return controlLog.newestFirst();
  }

  public List<DeadLetterView> deadLetters() {
    return deadLetters.newestFirst();
  }

  public SituationBoard situation() {
    return situation;
  }

  public TeamActions teams() {
    return teams;
  }

  TeamMessages messages() {
    return messages;
  }
}
