package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.incidents.IncidentScene.alert;

import java.util.List;
import org.certex.avro.Indicator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CorrelationKeysTest {

  @Test
  @DisplayName("each indicator and the campaign is a key, each once")
  void indicatorsAndCampaign() {
    List<String> keys =
        CorrelationKeys.of(
            alert("a", "CERT-DE", 0)
                .setIndicators(
                    List.of(
                        new Indicator("ipv4-addr", "203.0.113.7"),
                        new Indicator("domain", "evil.example"),
                        new Indicator("ipv4-addr", "203.0.113.7")))
                .setCampaign("storm-0558")
                .build());

    assertThat(keys)
        .containsExactly(
            "indicator 9:ipv4-addr=203.0.113.7",
            "indicator 6:domain=evil.example",
            "campaign=storm-0558");
  }

  @Test
  @DisplayName("an alert with no indicator and no (or a blank) campaign has no key")
  void nothingToCorrelateOn() {
    assertThat(CorrelationKeys.of(alert("a", "CERT-DE", 0).build())).isEmpty();
    assertThat(CorrelationKeys.of(alert("a", "CERT-DE", 0).setCampaign(" ").build())).isEmpty();
  }

  @Test
  @DisplayName("no type and value spell another pair's key, nor a campaign's")
  void keysAreUnambiguous() {
    assertThat(CorrelationKeys.indicator("a=b", "c"))
        .isNotEqualTo(CorrelationKeys.indicator("a", "b=c"));
    assertThat(CorrelationKeys.indicator("campaign", "x"))
        .isNotEqualTo(CorrelationKeys.campaign("x"));
  }
}
