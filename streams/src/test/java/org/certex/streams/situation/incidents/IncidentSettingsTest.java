package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.certex.avro.SituationSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentSettingsTest {

  @Test
  @DisplayName("unset: a 72-hour window with a week's grace, EU-CYCLONE, the source to the roster")
  void defaults() {
    IncidentSettings settings =
        IncidentSettings.of(SituationSettings.newBuilder().build(), IncidentLimits.DEFAULTS);

    assertThat(settings.window().windowMillis()).isEqualTo(Duration.ofHours(72).toMillis());
    assertThat(settings.window().graceMillis()).isEqualTo(Duration.ofDays(7).toMillis());
    assertThat(settings.community()).isEqualTo("EU-CYCLONE");
    assertThat(settings.escalationSource()).isNull();
    assertThat(IncidentLimits.DEFAULTS).isEqualTo(new IncidentLimits(100, 100, 400 * 1024));
  }

  @Test
  @DisplayName("the scenario's settings win")
  void scenario() {
    IncidentSettings settings =
        IncidentSettings.of(
            SituationSettings.newBuilder()
                .setCorrelationWindowMillis(3_600_000L)
                .setEuCycloneCommunity("CYCLONE-DRILL")
                .setEscalationSource("CERT-EU")
                .build(),
            IncidentLimits.DEFAULTS);

    assertThat(settings.window())
        .isEqualTo(new CorrelationWindow(3_600_000L, Duration.ofDays(7).toMillis()));
    assertThat(IncidentSettings.window(Duration.ofDays(10).toMillis()).graceMillis())
        .as("a window longer than a week is its own grace")
        .isEqualTo(Duration.ofDays(10).toMillis());
    assertThat(settings.community()).isEqualTo("CYCLONE-DRILL");
    assertThat(settings.escalationSource()).isEqualTo("CERT-EU");
  }
}
