package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublishedAlertsTest {

  private static final Instant T = Instant.parse("2021-12-07T08:00:00Z");

  /** Two partitions: ids starting with "a" go to 0, the rest to 1; partition 1 is empty. */
  private final PublishedAlerts published =
      new PublishedAlerts(
          List.of(new PublishedAlerts.Tail(T, Set.of("a-2")), PublishedAlerts.Tail.EMPTY),
          id -> id.startsWith("a") ? 0 : 1);

  @Test
  @DisplayName("before its partition's last alert: stored; after it: not; at it: only if named")
  void toldFromTheTail() {
    assertThat(published.contains("a-1", T.minusMillis(1))).isTrue();
    assertThat(published.contains("a-2", T)).isTrue();
    assertThat(published.contains("a-3", T)).as("same instant, sent after the last").isFalse();
    assertThat(published.contains("a-4", T.plusMillis(1))).isFalse();
  }

  @Test
  @DisplayName("an empty partition holds nothing; a fresh run has nothing published")
  void emptyPartitionsAndFreshRuns() {
    assertThat(published.contains("b-1", T.minusSeconds(60))).isFalse();
    assertThat(PublishedAlerts.none().contains("a-1", T)).isFalse();
    assertThat(PublishedAlerts.none().latest()).isEmpty();
    assertThat(published.latest()).contains(T);
  }
}
