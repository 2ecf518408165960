package org.certex.launcher.bench;

import java.util.Locale;
import java.util.Optional;
import org.certex.schemas.RecordLimits;

/**
 * What one bench measures, each option within its bounds (checked before anything starts).
 *
 * @param alerts records of the raw and pass-through phases, alerts of the pipeline phase
 * @param orgs organisations of the generated scenario
 * @param fanOut mean addressees per alert
 * @param rate alerts per second of the latency phase
 * @param latencySeconds how long the latency phase sends at {@code rate}
 * @param partitions partitions of every topic the bench writes; null for the run's setting
 * @param seed seeds the generated scenario's alerts
 */
record BenchOptions(
    int alerts, int orgs, int fanOut, int rate, int latencySeconds, Integer partitions, long seed) {

  static final int MAX_ALERTS = 10_000_000;

  /** As many as a scenario may have ({@link org.certex.schemas.RecordLimits#PARTICIPANTS}). */
  static final int MAX_ORGS = org.certex.schemas.RecordLimits.PARTICIPANTS;

  static final int MAX_RATE = 1_000_000;
  static final int MAX_LATENCY_SECONDS = 3_600;
  static final int MAX_PARTITIONS = 256;

  /** Alerts the latency phase sends: {@code rate} per second for {@code latencySeconds}. */
  long latencyAlerts() {
    return (long) rate * latencySeconds;
  }

  /** The most addressees one alert may have: every other organisation, within the run's limit. */
  int maxFanOut() {
    return Math.min(orgs - 1, RecordLimits.PARTICIPANTS);
  }

  /** The first option out of its bounds, in words; empty when all are within them. */
  Optional<String> problem() {
    if (alerts < 1 || alerts > MAX_ALERTS) {
      return bad("--alerts must be from 1 to %,d, was %d", MAX_ALERTS, alerts);
    }
    if (orgs < 2 || orgs > MAX_ORGS) {
      return bad("--orgs must be from 2 to %,d, was %d", MAX_ORGS, orgs);
    }
    if (fanOut < 1 || fanOut > maxFanOut()) {
      return bad(
          "--fan-out must be from 1 to %,d (at most every other organisation, and %,d), was %d",
          maxFanOut(), RecordLimits.PARTICIPANTS, fanOut);
    }
    if (rate < 1 || rate > MAX_RATE) {
      return bad("--rate must be from 1 to %,d alerts per second, was %d", MAX_RATE, rate);
    }
    if (latencySeconds < 1 || latencySeconds > MAX_LATENCY_SECONDS) {
      return bad(
          "--latency-seconds must be from 1 to %,d, was %d", MAX_LATENCY_SECONDS, latencySeconds);
    }
    if (latencyAlerts() > MAX_ALERTS) {
      return bad(
          "--rate times --latency-seconds must be at most %,d alerts, was %,d",
          MAX_ALERTS, latencyAlerts());
    }
    if (partitions != null && (partitions < 1 || partitions > MAX_PARTITIONS)) {
      return bad("--partitions must be from 1 to %d, was %d", MAX_PARTITIONS, partitions);
    }
    return Optional.empty();
  }

  private static Optional<String> bad(String format, Object... args) {
    return Optional.of(String.format(Locale.ROOT, format, args));
  }
}
