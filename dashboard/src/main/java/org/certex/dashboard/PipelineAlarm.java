package org.certex.dashboard;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.certex.dashboard.ViewChange.RunChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says on the console, once, when a run's sharing pipeline is seen FAILED: exercise control may not
 * be looking at the board, and nothing of the run is shared until someone restarts the pipeline.
 * Once more if it fails again after running. Watches the changes of the fold on the feed thread,
 * outside the fold itself, so a replay of the fold logs nothing.
 */
final class PipelineAlarm implements Consumer<ViewChange> {

  private static final Logger log = LoggerFactory.getLogger(PipelineAlarm.class);

  private final Set<String> failedRuns = new HashSet<>();

  @Override
  public void accept(ViewChange change) {
    if (!(change instanceof RunChanged changed) || changed.run().pipeline() == null) {
      return;
    }
    RunView run = changed.run();
    PipelineView pipeline = run.pipeline();
    if (!pipeline.failed()) {
      failedRuns.remove(run.runId());
    } else if (failedRuns.add(run.runId())) {
      log.error(
          "Sharing pipeline of run {} FAILED: {}{} (reported by {} at {}); nothing of the run is"
              + " shared until it is restarted",
          run.runId(),
          pipeline.reason().isBlank() ? "no reason given" : pipeline.reason(),
          position(pipeline.failedRecord()),
          pipeline.host().isBlank() ? "an unnamed streams process" : pipeline.host(),
          pipeline.at());
    }
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
