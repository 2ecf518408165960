package org.certex.producers.exercise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.certex.avro.ExerciseRun;
import org.certex.schemas.RecordLimits;

/**
 * Of the runs the runs topic still records as RUNNING when certex starts (so their process stopped
 * without a clean shutdown), which one this start resumes, and why each other is not resumed. A run
 * is resumed only by a start of the same scenario, from the same file content (or generator
 * settings) and with the same seed; of several such, the latest started.
 *
 * @param resumed the run to resume, if any
 * @param notResumed every other interrupted run, with the reason it is recorded as aborted
 */
record ResumeChoice(Optional<ExerciseRun> resumed, List<NotResumed> notResumed) {

  /** An interrupted run that is not resumed, and why. */
  record NotResumed(ExerciseRun run, String because) {}

  private static final String INTERRUPTED =
      "interrupted: the process stopped without a clean shutdown; not resumed because ";

  ResumeChoice {
    notResumed = List.copyOf(notResumed);
  }

  /**
   * @param digest what this start plays (see {@code ExerciseRun.scenarioDigest})
   */
  static ResumeChoice of(
      Collection<ExerciseRun> interrupted, String scenarioId, long seed, String digest) {
    List<ExerciseRun> newestFirst =
        interrupted.stream()
            .sorted(Comparator.comparing(ExerciseRun::getStartedAt).reversed())
            .toList();
    ExerciseRun chosen = null;
    List<NotResumed> others = new ArrayList<>();
    for (ExerciseRun run : newestFirst) {
      Optional<String> mismatch = mismatch(run, scenarioId, seed, digest);
      if (mismatch.isEmpty() && chosen == null) {
        chosen = run;
      } else {
        String resumedId = chosen == null ? null : chosen.getRunId();
        String because =
            mismatch.orElseGet(
                () -> "a later run of the same scenario, " + resumedId + ", is resumed instead");
        others.add(new NotResumed(run, because));
      }
    }
    return new ResumeChoice(Optional.ofNullable(chosen), others);
  }

  /** The reason recorded on an interrupted run that is not resumed {@code because} ... */
  static String abortReason(String because) {
    String reason = INTERRUPTED + because;
    int max = RecordLimits.END_REASON_CHARS;
    return reason.length() <= max ? reason : reason.substring(0, max - 1) + "…";
  }

  private static Optional<String> mismatch(
      ExerciseRun run, String scenarioId, long seed, String digest) {
    if (!run.getScenarioId().equals(scenarioId)) {
      return Optional.of(
          "certex was started with scenario '"
              + scenarioId
              + "', not the run's '"
              + run.getScenarioId()
              + "'");
    }
    if (run.getScenarioDigest() == null) {
      return Optional.of(
          "the run was recorded without its scenario's digest (by an earlier certex), so its"
              + " scenario cannot be told apart from another");
    }
    if (!run.getScenarioDigest().equals(digest)) {
      return Optional.of(
          "the scenario file (or the generator's settings) differs from the one the run started"
              + " with");
    }
    if (run.getSeed() != seed) {
      return Optional.of("this start's seed is " + seed + ", the run's " + run.getSeed());
    }
    return Optional.empty();
  }
}
