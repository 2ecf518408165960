package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.streams.situation.incidents.IncidentScene.alert;

import java.time.Duration;
import java.util.List;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.IncidentLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyCorrelationTest {

  private static final long HOUR = Duration.ofHours(1).toMillis();
  private static final String KEY = CorrelationKeys.indicator("ipv4-addr", "1.1.1.1");

  private final MemorySightings index = new MemorySightings(20 * HOUR);
  private final KeyCorrelation correlation =
      new KeyCorrelation(
          index,
          new CorrelationWindow(10 * HOUR, 10 * HOUR),
          new IncidentLimits(3, 10, 400 * 1024));

  /**
   * An alert {@code hours} into a span of the 10-hour window (T0 is 08:00, a span starts 00:00).
   */
  private static CorrelatedAlert at(String id, long hours) {
    return IncidentScene.correlated(alert(id, "CERT-DE", (hours - 8) * 60).build());
  }

  private static List<org.assertj.core.groups.Tuple> pairs(List<IncidentLink> links) {
    return links.stream()
        .map(
            l ->
                tuple(
                    CorrelatedAlerts.alertId(l.getAlert()),
                    CorrelatedAlerts.alertId(l.getPartner()),
                    l.getIndexFull()))
        .toList();
  }

  @Test
  @DisplayName("the first alert of a key has no link; the next links to it")
  void firstAndSecond() {
    assertThat(correlation.correlate(KEY, at("a", 0))).isEmpty();
    assertThat(pairs(correlation.correlate(KEY, at("b", 1))))
        .containsExactly(tuple("b", "a", false));
  }

  @Test
  @DisplayName("an alert links to the nearest alert before it and the nearest after it, no more")
  void nearestEitherSide() {
    KeyCorrelation roomy =
        new KeyCorrelation(
            index, new CorrelationWindow(10 * HOUR, 10 * HOUR), IncidentLimits.DEFAULTS);
    roomy.correlate(KEY, at("early", 0));
    roomy.correlate(KEY, at("before", 4));
    roomy.correlate(KEY, at("after", 8));

    assertThat(pairs(roomy.correlate(KEY, at("late-arriving", 6))))
        .containsExactly(
            tuple("late-arriving", "before", false), tuple("late-arriving", "after", false));
  }

  @Test
  @DisplayName("alerts further apart than the window are not linked")
  void outsideTheWindow() {
    correlation.correlate(KEY, at("a", 0));

    assertThat(correlation.correlate(KEY, at("b", 11))).isEmpty();
  }

  @Test
  @DisplayName("an alert seen twice is linked once")
  void sentTwice() {
    correlation.correlate(KEY, at("a", 0));
    correlation.correlate(KEY, at("b", 1));

    assertThat(correlation.correlate(KEY, at("b", 1))).isEmpty();
  }

  @Test
  @DisplayName("a full key links the alert but does not index it, and says so")
  void fullKey() {
    correlation.correlate(KEY, at("a", 0));
    correlation.correlate(KEY, at("b", 1));
    correlation.correlate(KEY, at("c", 2));

    assertThat(pairs(correlation.correlate(KEY, at("d", 3))))
        .containsExactly(tuple("d", "c", true));
    assertThat(index.size()).isEqualTo(3);
    assertThat(pairs(correlation.correlate(KEY, at("e", 3))))
        .containsExactly(tuple("e", "c", true));
  }
}
