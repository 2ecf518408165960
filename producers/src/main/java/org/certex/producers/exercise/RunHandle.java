package org.certex.producers.exercise;

import java.util.concurrent.CompletableFuture;
import org.certex.producers.clock.ExerciseClock;

/**
 * A running exercise: its id, its clock, its report so far, and a future that completes when the
 * scenario's time is over (or fails if publishing failed).
 */
public final class RunHandle {

  private final String runId;
  private final ExerciseClock clock;
  private final RunReport report;
  private final CompletableFuture<Void> finished = new CompletableFuture<>();

  RunHandle(String runId, ExerciseClock clock, RunReport report) {
    this.runId = runId;
    this.clock = clock;
    this.report = report;
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

  public int alertsPublished() {
    return report.alertsPublished();
  }

  public CompletableFuture<Void> finished() {
    return finished;
  }
}
