package org.certex.streams.situation.clocks;

import java.util.List;
import org.certex.avro.ReportingClock;
import org.certex.streams.topology.Checked;

/**
 * What applying an input to the clocks gave: a clock's change for the clocks topic, or the input
 * refused with its reason, for the dead-letter topic. Lives only inside the topology.
 */
record ClockOutcome<V>(ReportingClock change, Checked<V> refusal) {

  static <V> ClockOutcome<V> changed(ReportingClock change) {
    return new ClockOutcome<>(change, null);
  }

  static <V> ClockOutcome<V> refused(V input, String reason) {
    return new ClockOutcome<>(null, new Checked<>(input, List.of(reason)));
  }

  boolean isChange() {
    return change != null;
  }
}
