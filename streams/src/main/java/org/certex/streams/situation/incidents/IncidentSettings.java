package org.certex.streams.situation.incidents;

import java.time.Duration;
import org.certex.avro.SituationSettings;

/**
 * The scenario's settings of cross-border incidents, each null one at certex's default.
 *
 * @param window the correlation window ({@code correlationWindowMillis}, default 72 h: the NIS2
 *     notification deadline, within which an entity says what it knows of an incident); its grace
 *     is the window itself
 * @param community the community whose members receive large-scale notices ({@code
 *     euCycloneCommunity}, default {@value #EU_CYCLONE})
 * @param escalationSource the participant that issues the notice ({@code escalationSource}); null:
 *     ENISA (the sharing rules' {@code enisaId}) if it takes part, else the first member of the
 *     community in the scenario's order ({@link EscalationAudience})
 */
record IncidentSettings(
    CorrelationWindow window, IncidentLimits limits, String community, String escalationSource) {

  static final Duration DEFAULT_WINDOW = Duration.ofHours(72);
  static final String EU_CYCLONE = "EU-CYCLONE";

  static IncidentSettings of(SituationSettings situation, IncidentLimits limits) {
    Long window = situation.getCorrelationWindowMillis();
    String community = situation.getEuCycloneCommunity();
    return new IncidentSettings(
        CorrelationWindow.of(window == null ? DEFAULT_WINDOW.toMillis() : window),
        limits,
        community == null || community.isBlank() ? EU_CYCLONE : community,
        blankAsNull(situation.getEscalationSource()));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
