package org.certex.producers.exercise;

import java.util.List;

/**
 * What starting certex's exercise did: the run it plays (new, or resumed where its log ended), and
 * the interrupted runs it recorded as aborted instead of resuming them.
 */
public record RunStart(RunHandle run, List<AbortedRun> aborted) {

  /** An interrupted run recorded as aborted, with the reason on its record. */
  public record AbortedRun(String runId, String reason) {}

  public RunStart {
    aborted = List.copyOf(aborted);
  }

  /** A start that found nothing to resume or abort. */
  public static RunStart of(RunHandle run) {
    return new RunStart(run, List.of());
  }
}
