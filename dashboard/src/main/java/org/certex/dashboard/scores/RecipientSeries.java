package org.certex.dashboard.scores;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.certex.dashboard.scores.PictureView.Series;

/**
 * Alerts over scenario time per recipient and label: every delivery to an organisation (its own
 * view, shared copies included), counted as {@link AlertSeries} counts the run's alerts. A CERT's
 * series holds only what was delivered to it, so it can be shown to that CERT's team.
 *
 * <p>Bounded: one {@link AlertSeries} (at most 120 buckets of 8 counters) per recipient, for at
 * most {@link #MAX_RECIPIENTS} recipients (the run's participants fit); past that a new recipient
 * is not counted.
 */
final class RecipientSeries {

  static final int MAX_RECIPIENTS = 1_000;

  private final ParticipantRoster roster;
  private final Map<String, AlertSeries> byRecipient = new HashMap<>();
  private Instant origin;

  RecipientSeries(ParticipantRoster roster) {
    this.roster = roster;
  }

  void startAt(Instant scenarioStart) {
    if (origin == null && scenarioStart != null) {
      origin = scenarioStart;
      byRecipient.values().forEach(series -> series.startAt(scenarioStart));
    }
  }

  /** Counts a delivery to {@code recipient} (the roster's instance) at {@code at}. */
  void count(String recipient, Instant at, String label) {
    AlertSeries series = byRecipient.get(recipient);
    if (series == null) {
      if (byRecipient.size() >= MAX_RECIPIENTS) {
        return;
      }
      series = new AlertSeries();
      series.startAt(origin);
      byRecipient.put(recipient, series);
    }
    series.count(at, label);
  }

  /** The deliveries to {@code recipient} over time; empty if none was counted. */
  Optional<Series> of(String recipient) {
    return Optional.ofNullable(byRecipient.get(recipient)).map(AlertSeries::view);
  }

  Iterable<String> recipients() {
    return byRecipient.keySet();
  }
}
