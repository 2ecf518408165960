package org.certex.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.certex.dashboard.views.PipelineView;
import org.certex.dashboard.views.RunView;
import org.certex.dashboard.views.ViewChange;
import org.certex.dashboard.views.ViewChange.RunChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says on the console, once, when a run's sharing pipeline is seen FAILED: exercise control may not
 * be looking at the board, and nothing of the run is shared until someone restarts the pipeline.
 * Once more if it fails again after running. Watches the changes of the fold on the feed thread,
 * outside the fold itself, so a replay of the fold logs nothing.
 *
 * <p>A failure is said only once it has stood for {@link #SETTLE} with no newer report of the run:
 * when the dashboard starts, the feed folds each run's whole history of reports in moments, and a
 * failure that was long since followed by a recovery is no alarm. {@link #raiseSettled} is called
 * every second (and on every change).
 */
final class PipelineAlarm implements Consumer<ViewChange> {

  /** How long a failure stands unanswered before it is said. */
  static final Duration SETTLE = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(PipelineAlarm.class);

  private final Clock clock;
  private final Map<String, Pending> pending = new HashMap<>();
  private final Set<String> failedRuns = new HashSet<>();

  private record Pending(RunView run, Instant seen) {}

  PipelineAlarm(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void accept(ViewChange change) {
    if (change instanceof RunChanged changed && changed.run().pipeline() != null) {
      RunView run = changed.run();
      if (!run.pipeline().failed()) {
        failedRuns.remove(run.runId());
        pending.remove(run.runId());
      } else if (!failedRuns.contains(run.runId()) && !pending.containsKey(run.runId())) {
        pending.put(run.runId(), new Pending(run, clock.instant()));
      }
    }
    raiseSettled();
  }

  /** Says every failure that has stood long enough. */
  synchronized void raiseSettled() {
    Instant due = clock.instant().minus(SETTLE);
    for (var it = pending.values().iterator(); it.hasNext(); ) {
      Pending failure = it.next();
      if (!failure.seen().isAfter(due)) {
        it.remove();
        failedRuns.add(failure.run().runId());
        say(failure.run());
      }
    }
  }

  private static void say(RunView run) {
    PipelineView pipeline = run.pipeline();
    log.error(
        "Sharing pipeline of run {} FAILED: {}{} (reported by {} at {}); nothing of the run is"
            + " shared until it is restarted",
        run.runId(),
        pipeline.reason().isBlank() ? "no reason given" : pipeline.reason(),
        position(pipeline.failedRecord()),
        pipeline.host().isBlank() ? "an unnamed streams process" : pipeline.host(),
        pipeline.at());
  }

  static String position(PipelineView.FailedRecord record) {
    if (record == null) {
      return "";
    }
    return "; failed on %s partition %d offset %d%s"
        .formatted(
            record.topic(),
            record.partition(),
            record.offset(),
            record.key() == null ? "" : " key " + record.key());
  }
}
