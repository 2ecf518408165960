package org.certex.dashboard.feed;

import org.apache.kafka.common.header.Headers;
import org.certex.dashboard.DashboardMetrics;

/**
 * What the run feed counts as it folds (see {@link DashboardMetrics}): deliveries with how long
 * each took from its alert's sending, and dead letters by cause. Tags are run ids and cause codes,
 * never anything a record says.
 */
public interface FeedMeters {

  /** Counts nothing: tests of the feed that are not about metrics. */
  FeedMeters NONE =
      new FeedMeters() {
        @Override
        public void delivered(String runId, Headers headers) {}

        @Override
        public void deadLettered(String runId, DeadLetterCause cause) {}
      };

  /** The feed read a delivery of {@code runId}; {@code headers} may say when its alert was sent. */
  void delivered(String runId, Headers headers);

  /** The feed read a dead letter of {@code runId}. */
  void deadLettered(String runId, DeadLetterCause cause);
}
