package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.certex.avro.RsitClass;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RsitTaxonomyTest {

  @Test
  @DisplayName("every RSIT class has its types; a type belongs to its own class only")
  void typesBelongToTheirClass() {
    for (RsitClass rsitClass : RsitClass.values()) {
      assertThat(RsitTaxonomy.typesOf(rsitClass)).as("%s", rsitClass).isNotEmpty();
    }
    assertThat(RsitTaxonomy.isType(RsitClass.MALICIOUS_CODE, "infected-system")).isTrue();
    assertThat(RsitTaxonomy.isType(RsitClass.AVAILABILITY, "ddos")).isTrue();
    assertThat(RsitTaxonomy.isType(RsitClass.FRAUD, "phishing")).isTrue();
    assertThat(RsitTaxonomy.isType(RsitClass.INFORMATION_CONTENT_SECURITY, "data-loss")).isTrue();
    assertThat(RsitTaxonomy.isType(RsitClass.AVAILABILITY, "infected-system")).isFalse();
    assertThat(RsitTaxonomy.isType(RsitClass.MALICIOUS_CODE, "ransomware")).isFalse();
  }

  @Test
  @DisplayName("classes are written in lower case with hyphens, and read back the same way only")
  void classWords() {
    assertThat(RsitTaxonomy.word(RsitClass.INFORMATION_CONTENT_SECURITY))
        .isEqualTo("information-content-security");
    assertThat(RsitTaxonomy.classOf("intrusion-attempts")).hasValue(RsitClass.INTRUSION_ATTEMPTS);
    assertThat(RsitTaxonomy.classOf("malware")).isEmpty();
    assertThat(RsitTaxonomy.label(RsitClass.FRAUD, "phishing")).isEqualTo("fraud/phishing");
  }
}
