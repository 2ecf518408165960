package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CorrelationWindowTest {

  private final CorrelationWindow window = new CorrelationWindow(100, 50);

  @Test
  @DisplayName("alerts at most the window apart link, either way round")
  void linksWithinTheWindow() {
    assertThat(window.links(1000, 1100)).isTrue();
    assertThat(window.links(1100, 1000)).isTrue();
    assertThat(window.links(1000, 1101)).isFalse();
    assertThat(window.earliestPartner(1000)).isEqualTo(900);
    assertThat(window.latestPartner(1000)).isEqualTo(1100);
  }

  @Test
  @DisplayName("partners' times stay within the epoch and the longest time")
  void bounds() {
    assertThat(window.earliestPartner(10)).isZero();
    assertThat(window.latestPartner(Long.MAX_VALUE - 10)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  @DisplayName("a sighting is kept for the window and its grace")
  void retention() {
    assertThat(window.retentionMillis()).isEqualTo(150);
  }

  @Test
  @DisplayName("a window that is not positive is refused, saying what was expected")
  void refused() {
    assertThatThrownBy(() -> new CorrelationWindow(0, 0))
        .hasMessageContaining("must be positive (milliseconds of scenario time), was 0");
    assertThatThrownBy(() -> new CorrelationWindow(1, -1)).hasMessageContaining("negative");
  }
}
