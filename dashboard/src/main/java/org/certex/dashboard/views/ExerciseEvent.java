package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.certex.avro.Incident;
import org.certex.dashboard.feed.ExerciseEventDecoder;

/**
 * What the dashboard folds: the facts it learns from a run's topics, already translated from Avro
 * into plain Java at the edge (see {@link ExerciseEventDecoder}), so the fold can be driven by
 * tests and by replays without Kafka.
 */
public sealed interface ExerciseEvent {

  String runId();

  /**
   * The run's record on the compacted runs topic, as it stands now. The topic holds the whole state
   * of a run in every record, so "started" and "updated" are the same fact: the first one the fold
   * sees starts the run, later ones replace it.
   *
   * @param partitions partition count of the run's topics
   * @param resumedFrom scenario time at which the run resumed after its process died; null if never
   * @param endReason why a run that did not complete ended; null otherwise
   */
  record RunRecorded(
      String runId,
      String scenarioId,
      String title,
      String status,
      Instant scenarioStart,
      Instant startedAt,
      Instant endedAt,
      List<ParticipantView> participants,
      int partitions,
      Instant resumedFrom,
      String endReason)
      implements ExerciseEvent {

    public RunRecorded {
      Objects.requireNonNull(runId, "runId");
      participants = List.copyOf(participants);
    }
  }

  /** The sharing policy delivered an alert to one recipient organisation. */
  record AlertDelivered(String runId, DeliveryView delivery) implements ExerciseEvent {

    public AlertDelivered {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(delivery, "delivery");
    }
  }

  /**
   * The sharing policy decided on an alert (on its arrival, or on a team's share request or
   * permission): whom it delivered to. The tally counts deliveries from here, one record per alert;
   * the inboxes from {@link AlertDelivered}.
   */
  record SharingDecided(String runId, SharingDecisionView decision) implements ExerciseEvent {

    public SharingDecided {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * The sharing policy decided a team's share request or permission: the outcome for its team (the
   * same decision is also a {@link SharingDecided}, for the tally).
   */
  record RequestDecided(String runId, RequestOutcome outcome) implements ExerciseEvent {

    public RequestDecided {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** The run's sharing pipeline reported its health (running, failed or stopped). */
  record PipelineReported(String runId, PipelineView pipeline) implements ExerciseEvent {

    public PipelineReported {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(pipeline, "pipeline");
    }
  }

  /**
   * The exercise engine said on the run's control topic where the run's clock stands: a tick, or a
   * request of exercise control it applied or refused, with the clock's state after it. Requests
   * themselves are not facts and never become this event. It carries no alert content: every team
   * may know the exercise's time.
   *
   * @param speed scenario seconds per wall second; null in a dry run
   */
  record ClockReported(
      String runId, Instant scenarioTime, Double speed, boolean paused, boolean held)
      implements ExerciseEvent {

    public ClockReported {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(scenarioTime, "scenarioTime");
    }

    /** A clock of a run that is not held before STARTEX. */
    public ClockReported(String runId, Instant scenarioTime, Double speed, boolean paused) {
      this(runId, scenarioTime, speed, paused, false);
    }
  }

  /**
   * A record of the run was refused and parked on the run's dead-letter topic.
   *
   * @param topic the topic the refused record came from, when its headers say; else null
   * @param at the record's timestamp on the dead-letter topic (scenario time); null if unknown
   */
  record DeadLettered(String runId, String reason, String topic, Instant at)
      implements ExerciseEvent {

    public DeadLettered {
      Objects.requireNonNull(runId, "runId");
    }

    public DeadLettered(String runId, String reason) {
      this(runId, reason, null, null);
    }
  }

  /**
   * The MSEL as the engine will play it, from the run's record (ExerciseRun v6): every inject with
   * its expectations. Arrives with each record of the run; a run recorded by an older certex has an
   * empty one.
   */
  record MselPlanned(String runId, List<PlannedInjectView> msel, boolean held)
      implements ExerciseEvent {

    public MselPlanned {
      Objects.requireNonNull(runId, "runId");
      msel = List.copyOf(msel);
    }
  }

  /** An inject of the MSEL fired (injects topic): on the timeline, as a contingency, a branch. */
  record InjectFired(String runId, FiredInjectView inject) implements ExerciseEvent {

    public InjectFired {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(inject, "inject");
    }
  }

  /** An expectation turned out MET, LATE or MISSED (expectations topic). */
  record ExpectationSettled(String runId, ExpectationView expectation) implements ExerciseEvent {

    public ExpectationSettled {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(expectation, "expectation");
    }
  }

  /** A team, an automatic player or the simulation cell acted (actions topic). */
  record ActionTaken(String runId, ActionView action) implements ExerciseEvent {

    public ActionTaken {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(action, "action");
    }
  }

  /** A NIS2 reporting clock opened, came due, or was met, missed or answered late (clocks). */
  record ReportingClockChanged(String runId, ReportingClockView clock) implements ExerciseEvent {

    public ReportingClockChanged {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(clock, "clock");
    }
  }

  /**
   * An incident was updated, merged or escalated (incidents topic). It carries the whole record, as
   * exercise control sees it: what a CERT may see of it is {@code
   * org.certex.schemas.IncidentVisibility#asSeenBy}, applied by whoever serves it to a CERT.
   */
  record IncidentChanged(String runId, Incident incident) implements ExerciseEvent {

    public IncidentChanged {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(incident, "incident");
    }
  }

  /** The attribution toolbox recorded an assessment, attribution, proposal, vote or outcome. */
  record AttributionRecorded(String runId, AttributionView record) implements ExerciseEvent {

    public AttributionRecorded {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * The engine applied or refused a request of exercise control (every ENGINE record of the control
   * topic but its ticks), as exercise control's page lists them. Also folded as a {@link
   * ClockReported}.
   */
  record ControlApplied(String runId, ControlFactView fact) implements ExerciseEvent {

    public ControlApplied {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(fact, "fact");
    }
  }
}
