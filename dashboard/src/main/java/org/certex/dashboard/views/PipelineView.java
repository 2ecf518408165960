package org.certex.dashboard.views;

import java.time.Instant;

/**
 * The health of a run's sharing pipeline as its streams process last reported it on the pipelines
 * topic. For exercise control only: anyone else sees its {@link #state()} alone ({@link
 * RunSummary}), as the reason and the failed record's key may name an alert a team does not hold.
 *
 * @param state {@code RUNNING}, {@code FAILED} (stopped by an error it cannot get past) or {@code
 *     STOPPED} (closed on purpose)
 * @param reason why it failed, in words; empty otherwise
 * @param failedRecord the record it was processing when it failed, or null
 * @param host the streams process that reported
 * @param at when it reported (wall-clock time: this is an operational record)
 */
public record PipelineView(
    String state, String reason, FailedRecord failedRecord, String host, Instant at) {

  static final String FAILED = "FAILED";

  /** Where the record a pipeline failed on sits on the log. */
  public record FailedRecord(String topic, int partition, long offset, String key) {}

  public boolean failed() {
    return FAILED.equals(state);
  }
}
