package org.certex.benchmarks;

import java.util.random.RandomGenerator;
import org.certex.avro.Tlp;

/** The TLP labels of a benchmark's alerts: a drill's usual mix, or one label alone. */
public enum LabelMix {
  /** What a drill mostly sends: half TLP:AMBER, 40% TLP:RED, 10% TLP:AMBER+STRICT. */
  AMBER_RED,
  AMBER,
  RED,
  GREEN,
  CLEAR;

  Tlp draw(RandomGenerator random) {
    return switch (this) {
      case AMBER_RED -> {
        int roll = random.nextInt(10);
        yield roll < 5 ? Tlp.AMBER : roll < 9 ? Tlp.RED : Tlp.AMBER_STRICT;
      }
      case AMBER -> Tlp.AMBER;
      case RED -> Tlp.RED;
      case GREEN -> Tlp.GREEN;
      case CLEAR -> Tlp.CLEAR;
    };
  }
}
