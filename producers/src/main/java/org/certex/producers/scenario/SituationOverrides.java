package org.certex.producers.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The scenario's settings of the situation (docs/SITUATION.md): NIS2 reporting deadlines, as drills
 * compress them, the correlation window and escalation of cross-border incidents, and the
 * attribution toolbox's thresholds and voters. An empty setting keeps the law's or certex's
 * default; the streams pipeline applies the defaults, this module only carries the settings.
 *
 * @param representatives participants that vote for their member state, one per state; empty: the
 *     default (docs/SITUATION.md)
 */
public record SituationOverrides(
    Optional<Duration> earlyWarning,
    Optional<Duration> notification,
    Optional<Duration> intermediate,
    Optional<Duration> finalReport,
    Optional<Duration> feedback,
    Optional<Duration> dueSoon,
    Optional<Duration> correlationWindow,
    Optional<String> euCyclone,
    Optional<String> escalationSource,
    Optional<Integer> coordinatedStates,
    Optional<String> coordinatedConfidence,
    List<String> representatives,
    Optional<String> outcomeSource) {

  public static final SituationOverrides NONE =
      new SituationOverrides(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty());

  public SituationOverrides {
    representatives = List.copyOf(representatives);
  }

  public boolean isNone() {
    return equals(NONE);
  }
}
