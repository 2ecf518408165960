package org.certex.streams.situation.incidents;

import java.time.Duration;
import org.certex.avro.SituationSettings;

/**
 * The scenario's settings of cross-border incidents, each null one at certex's default.
 *
 * @param window the correlation window ({@code correlationWindowMillis}, default 72 h: the NIS2
 *     notification deadline, within which an entity says what it knows of an incident); its grace
 *     is {@link #GRACE} or the window, whichever is longer
 * @param community the community whose members receive large-scale notices ({@code
 *     euCycloneCommunity}, default {@value #EU_CYCLONE})
 * @param escalationSource the participant that issues the notice ({@code escalationSource}); null:
 *     ENISA (the sharing rules' {@code enisaId}) if it takes part, else the first member of the
 *     community in the scenario's order ({@link EscalationAudience})
 */
record IncidentSettings(
    CorrelationWindow window, IncidentLimits limits, String community, String escalationSource) {

  static final Duration DEFAULT_WINDOW = Duration.ofHours(72);

  /**
   * How late an alert may reach the correlation and still be correlated exactly: a week of scenario
   * time. Live, alerts arrive in scenario order give or take milliseconds; a dry run at full speed
   * processes the run's partitions at their own paces, so one may be days of scenario time ahead of
   * another when their alerts meet, and a drill lasts days.
   */
  static final Duration GRACE = Duration.ofDays(7);

  static final String EU_CYCLONE = "EU-CYCLONE";

  static IncidentSettings of(SituationSettings situation, IncidentLimits limits) {
    Long window = situation.getCorrelationWindowMillis();
    String community = situation.getEuCycloneCommunity();
    return new IncidentSettings(
        window(window == null ? DEFAULT_WINDOW.toMillis() : window),
        limits,
        community == null || community.isBlank() ? EU_CYCLONE : community,
        blankAsNull(situation.getEscalationSource()));
  }

  static CorrelationWindow window(long windowMillis) {
    return new CorrelationWindow(windowMillis, Math.max(windowMillis, GRACE.toMillis()));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
