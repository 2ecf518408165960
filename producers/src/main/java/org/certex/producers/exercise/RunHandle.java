package org.certex.producers.exercise;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.certex.producers.clock.ExerciseClock;

/**
 * A running exercise: its id, its clock, how many alerts it has published, and a future that
 * completes when the scenario's time is over (or fails if publishing failed).
 */
public final class RunHandle {

  private final String runId;
  private final ExerciseClock clock;
  private final int alertsPlanned;
  private final AtomicInteger alertsPublished = new AtomicInteger();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();

  RunHandle(String runId, ExerciseClock clock, int alertsPlanned) {
    this.runId = runId;
    this.clock = clock;
    this.alertsPlanned = alertsPlanned;
  }

  public String runId() {
    return runId;
  }

  public ExerciseClock clock() {
    return clock;
  }

  public int alertsPlanned() {
    return alertsPlanned;
  }

  public int alertsPublished() {
    return alertsPublished.get();
  }

  public CompletableFuture<Void> finished() {
    return finished;
  }

  void countPublished() {
    alertsPublished.incrementAndGet();
  }
}
