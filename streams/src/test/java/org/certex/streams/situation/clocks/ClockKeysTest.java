package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.certex.avro.Nis2Report;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClockKeysTest {

  @Test
  @DisplayName("index keys sort as their instants do, negative ones included")
  void instantOrder() {
    String clock = ClockKeys.clock("inc-1", Nis2Report.NOTIFICATION);
    List<Long> instants = List.of(Long.MIN_VALUE, -5L, -1L, 0L, 1L, 255L, 256L, 1_709_539_200_000L);
    List<String> keys = instants.stream().map(i -> ClockKeys.due(i, clock)).toList();

    assertThat(keys).isSorted();
    assertThat(ClockKeys.dueFirst()).isLessThanOrEqualTo(keys.get(0));
  }

  @Test
  @DisplayName("a scan up to an instant ends before every key of a later instant")
  void scanBound() {
    String clock = ClockKeys.clock("inc-\uffff", Nis2Report.FINAL);
    assertThat(ClockKeys.due(100, clock)).isLessThan(ClockKeys.dueAfter(100));
    assertThat(ClockKeys.due(101, "")).isGreaterThan(ClockKeys.dueAfter(100));
    assertThat(ClockKeys.due(Long.MAX_VALUE, clock)).isLessThan(ClockKeys.dueAfter(Long.MAX_VALUE));
  }

  @Test
  @DisplayName("one early-warning key per incident, whatever its id holds")
  void earlyWarningKeys() {
    assertThat(
            Stream.of(Nis2Report.values())
                .map(r -> ClockKeys.clock("inc\u001fEARLY_WARNING", r))
                .filter(ClockKeys::isEarlyWarning))
        .containsExactly("inc\u001fEARLY_WARNING\u001fEARLY_WARNING");
  }
}
