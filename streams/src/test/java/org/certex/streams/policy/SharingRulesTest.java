package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SharingRulesTest {

  @Test
  @DisplayName("the EU defaults: ENISA, national CSIRTs, agreements as communities, PAP AMBER/RED")
  void euDefaults() {
    assertThat(SharingRules.EU_DEFAULTS)
        .isEqualTo(
            new SharingRules(
                "ENISA",
                Set.of("national-csirt"),
                true,
                Set.of(Pap.AMBER, Pap.RED),
                Set.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER)));
  }

  @Test
  @DisplayName("an override changes one setting and keeps the others")
  void overrideKeepsTheRest() {
    SharingRules rules = SharingRules.EU_DEFAULTS.withAgreementsCountForGreen(false);

    assertThat(rules.agreementsCountForGreen()).isFalse();
    assertThat(rules.withAgreementsCountForGreen(true)).isEqualTo(SharingRules.EU_DEFAULTS);
  }
}
