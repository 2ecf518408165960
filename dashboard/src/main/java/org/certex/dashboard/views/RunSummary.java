package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;

/**
 * A run as anyone may see it: what the runs topic says about it and nothing the dashboard counted
 * while folding its topics. Who received deliveries, and the dead letters, stay on exercise
 * control's {@link RunView}: a trainee must not learn from them that alerts went elsewhere. Whether
 * the run was resumed after its process died, and why it ended, are the run record's and shown to
 * all. Of the run's sharing pipeline, only its state: why it failed, and on which record, may name
 * an alert.
 *
 * @param pipelineState {@code RUNNING}, {@code FAILED} or {@code STOPPED}, or null before the
 *     pipeline reported
 */
public record RunSummary(
    String runId,
    String scenarioId,
    String title,
    String status,
    Instant scenarioStart,
    Instant startedAt,
    Instant endedAt,
    List<ParticipantView> participants,
    Instant resumedFrom,
    String endReason,
    String pipelineState) {

  public RunSummary {
    participants = List.copyOf(participants);
  }

  public static RunSummary of(RunView run) {
    return new RunSummary(
        run.runId(),
        run.scenarioId(),
        run.title(),
        run.status(),
        run.scenarioStart(),
        run.startedAt(),
        run.endedAt(),
        run.participants(),
        run.resumedFrom(),
        run.endReason(),
        run.pipeline() == null ? null : run.pipeline().state());
  }
}
