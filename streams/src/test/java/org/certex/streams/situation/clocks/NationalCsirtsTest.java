package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NationalCsirtsTest {

  /** France has two national CSIRTs (the second for government networks); Malta has none. */
  private static final List<Party> ROSTER =
      List.of(
          Party.of("ENERGY-FR", "FR", "operator", true),
          Party.of("CERT-FR", "FR", "national-csirt", true),
          Party.of("GOV-CERT-FR", "FR", "national-csirt", true),
          Party.of("CERT-BUND", "DE", "national-csirt", true),
          Party.of("AUTH-FR", "FR", "competent-authority", true),
          Party.of("WATER-MT", "MT", "operator", true),
          Party.of("CSIRT-MT", "MT", "sector-csirt", true));

  private final NationalCsirts csirts = new NationalCsirts(ROSTER, Set.of("national-csirt"));

  @Test
  @DisplayName("the first addressee that is a national CSIRT of the entity's country")
  void addresseeFirst() {
    assertThat(csirts.of("ENERGY-FR", List.of("AUTH-FR", "CERT-BUND", "GOV-CERT-FR", "CERT-FR")))
        .contains("GOV-CERT-FR");
  }

  @Test
  @DisplayName("failing that, the country's first national CSIRT in the scenario's order")
  void rosterOtherwise() {
    assertThat(csirts.of("ENERGY-FR", List.of())).contains("CERT-FR");
    assertThat(csirts.of("ENERGY-FR", List.of("CERT-BUND", "AUTH-FR"))).contains("CERT-FR");
  }

  @Test
  @DisplayName("none in the country, an unknown entity, or only itself: nobody")
  void nobody() {
    assertThat(csirts.of("WATER-MT", List.of("CSIRT-MT", "CERT-BUND"))).isEmpty();
    assertThat(csirts.of("NOBODY", List.of("CERT-FR"))).isEmpty();
    assertThat(csirts.of("CERT-BUND", List.of("CERT-BUND"))).isEmpty();
  }

  @Test
  @DisplayName("the kinds come from the run's sharing rules")
  void kindsFromRules() {
    NationalCsirts wider = new NationalCsirts(ROSTER, Set.of("national-csirt", "sector-csirt"));
    assertThat(wider.of("WATER-MT", List.of())).contains("CSIRT-MT");
  }
}
