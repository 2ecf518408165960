package org.certex.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the dashboard folds: the facts it learns from a run's topics, already translated from Avro
 * into plain Java at the edge (see {@link ExerciseEventDecoder}), so the fold can be driven by
 * tests and by replays without Kafka.
 */
sealed interface ExerciseEvent {

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
   * The sharing policy decided a team's share request or permission: the outcome for its team. The
   * decisions of alerts themselves are not folded: the inboxes already show what they delivered.
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
  record ClockReported(String runId, Instant scenarioTime, Double speed, boolean paused)
      implements ExerciseEvent {

    public ClockReported {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(scenarioTime, "scenarioTime");
    }
  }

  /** A record of the run was refused and parked on the run's dead-letter topic. */
  record DeadLettered(String runId, String reason) implements ExerciseEvent {

    public DeadLettered {
      Objects.requireNonNull(runId, "runId");
    }
  }
}
