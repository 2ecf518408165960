package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;

/**
 * A run as exercise control's board shows it: what the runs topic says about it, plus what the
 * dashboard counted while folding its topics. For exercise control only: anyone else gets its
 * {@link RunSummary}.
 *
 * @param recipients organisations that have an inbox in this run (usually the participants)
 * @param deadLetters how many of the run's records were parked on its dead-letter topic
 * @param lastDeadLetterReason why the most recent one was parked, or null
 * @param resumedFrom scenario time at which the run resumed after its process died, or null
 * @param endReason why a run that did not complete ended, or null
 * @param pipeline the health of the run's sharing pipeline as last reported, or null before any
 */
public record RunView(
    String runId,
    String scenarioId,
    String title,
    String status,
    Instant scenarioStart,
    Instant startedAt,
    Instant endedAt,
    List<ParticipantView> participants,
    List<String> recipients,
    long deadLetters,
    String lastDeadLetterReason,
    Instant resumedFrom,
    String endReason,
    PipelineView pipeline) {

  /** Status of a run whose topics were seen before its record on the runs topic. */
  public static final String UNANNOUNCED = "UNANNOUNCED";

  public RunView {
    participants = List.copyOf(participants);
    recipients = List.copyOf(recipients);
  }

  public static RunView unannounced(String runId) {
    return new RunView(
        runId,
        "",
        runId,
        UNANNOUNCED,
        null,
        null,
        null,
        List.of(),
        List.of(),
        0,
        null,
        null,
        null,
        null);
  }

  public RunView recordedAs(ExerciseEvent.RunRecorded run) {
    return new RunView(
        runId,
        run.scenarioId(),
        run.title(),
        run.status(),
        run.scenarioStart(),
        run.startedAt(),
        run.endedAt(),
        run.participants(),
        recipients,
        deadLetters,
        lastDeadLetterReason,
        run.resumedFrom(),
        run.endReason(),
        pipeline);
  }

  RunView withRecipients(List<String> newRecipients) {
    return new RunView(
        runId,
        scenarioId,
        title,
        status,
        scenarioStart,
        startedAt,
        endedAt,
        participants,
        newRecipients,
        deadLetters,
        lastDeadLetterReason,
        resumedFrom,
        endReason,
        pipeline);
  }

  RunView deadLettered(String reason) {
    return new RunView(
        runId,
        scenarioId,
        title,
        status,
        scenarioStart,
        startedAt,
        endedAt,
        participants,
        recipients,
        deadLetters + 1,
        reason,
        resumedFrom,
        endReason,
        pipeline);
  }

  RunView withPipeline(PipelineView reported) {
    return new RunView(
        runId,
        scenarioId,
        title,
        status,
        scenarioStart,
        startedAt,
        endedAt,
        participants,
        recipients,
        deadLetters,
        lastDeadLetterReason,
        resumedFrom,
        endReason,
        reported);
  }
}
