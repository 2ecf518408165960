package org.certex.producers.exercise;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.certex.producers.clock.ExerciseClock;

/**
 * A running exercise: its id, its clock, its report so far, and a future that completes when the
 * scenario's time is over (or fails if publishing failed).
 */
public final class RunHandle {

  /**
   * How a resumed run carried on: from the latest scenario time on its log, with the injects that
   * had fired and the expectations still open then, paused or not, at its last speed, and still
   * held before STARTEX or not.
   */
  public record Resumption(
      Instant scenarioTime,
      int injectsFired,
      int expectationsOpen,
      boolean paused,
      double speed,
      boolean held) {}

  private final String runId;
  private final ExerciseClock clock;
  private final RunReport report;
  private final Resumption resumption;
  private final CompletableFuture<Void> finished = new CompletableFuture<>();

  RunHandle(String runId, ExerciseClock clock, RunReport report, Resumption resumption) {
    this.runId = runId;
    this.clock = clock;
    this.report = report;
    this.resumption = resumption;
  }

  public String runId() {
    return runId;
  }

  public ExerciseClock clock() {
    return clock;
  }

  /** What the run has done so far: injects fired, expectations' outcomes. */
  public RunReport report() {
    return report;
  }

  /** How the run resumed; empty for a run that started afresh. */
  public Optional<Resumption> resumption() {
    return Optional.ofNullable(resumption);
  }

  public int alertsPublished() {
    return report.alertsPublished();
  }

  public CompletableFuture<Void> finished() {
    return finished;
  }
}
