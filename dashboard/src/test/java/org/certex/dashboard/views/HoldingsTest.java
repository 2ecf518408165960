package org.certex.dashboard.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who holds which alert, and which delivery ids were seen: kept per alert. */
class HoldingsTest {

  private final Holdings holdings = new Holdings();

  @Test
  void aDeliveryIdIsNewOnceWhateverItsForm() {
    DeliveryView policy = delivery("a-1@CERT-A", "a-1", "CERT-A", null);
    assertThat(holdings.firstSeen(policy)).isTrue();
    assertThat(holdings.firstSeen(policy)).isFalse();
    assertThat(holdings.firstSeen("a-1@CERT-A")).as("the same id, as a string").isFalse();
    assertThat(holdings.firstSeen(delivery("a-1@CERT-B", "a-1", "CERT-B", null))).isTrue();

    DeliveryView shared = delivery("share-7", "a-1", "CERT-A", "CERT-B");
    assertThat(holdings.firstSeen(shared)).isTrue();
    assertThat(holdings.firstSeen(shared)).isFalse();
    // An id of another delivery's form is still that id: seen once, whatever delivery carries it.
    assertThat(holdings.firstSeen(delivery("a-2@CERT-C", "a-9", "CERT-D", null))).isTrue();
    assertThat(holdings.firstSeen(delivery("a-2@CERT-C", "a-2", "CERT-C", null))).isFalse();
    assertThat(holdings.firstSeen(delivery("x@y@z", "x", "y@z", null))).isTrue();
    assertThat(holdings.firstSeen(delivery("x@y@z", "x@y", "z", null))).isFalse();
  }

  @Test
  void holdsWhatWasDeliveredAndWhatItIssued() {
    for (int i = 0; i < 20; i++) {
      holdings.delivered(delivery("a-1@R" + i, "a-1", "R" + i, null));
    }
    assertThat(holdings.received("R0", "a-1")).isTrue();
    assertThat(holdings.received("R19", "a-1")).as("past the small set").isTrue();
    assertThat(holdings.received("R20", "a-1")).isFalse();
    assertThat(holdings.received("R0", "a-2")).isFalse();
    assertThat(holdings.holds("SRC", "a-1")).as("its source").isTrue();
    assertThat(holdings.received("SRC", "a-1")).isFalse();
    assertThat(holdings.sourceOf("a-1")).isEqualTo("SRC");
    assertThat(holdings.sourceOf("a-2")).isNull();
    List<String> recipients = new ArrayList<>();
    holdings.forEachRecipient("a-1", recipients::add);
    assertThat(recipients).as("past the small set too").hasSize(20).contains("R0", "R19");
    holdings.forEachRecipient("a-2", recipients::add);
    assertThat(recipients).as("an alert delivered to no one").hasSize(20);
  }

  private static DeliveryView delivery(
      String deliveryId, String alertId, String recipient, String sharedBy) {
    return new DeliveryView(
        deliveryId,
        alertId,
        recipient,
        "SRC",
        "RS",
        "TLP:AMBER",
        "AMBER",
        "HIGH",
        "other/other",
        null,
        "text",
        Instant.EPOCH,
        Instant.EPOCH,
        "AMBER_ADDRESSEE",
        false,
        sharedBy,
        List.of());
  }
}
