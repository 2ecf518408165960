package org.certex.producers.exercise;

import java.time.Instant;
import java.util.Comparator;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.ScheduledAlert;

/** Something on an exercise's timeline, due at a scenario instant; ties keep insertion order. */
sealed interface Due {

  Comparator<Due> ORDER = Comparator.comparing(Due::at).thenComparingLong(Due::seq);

  Instant at();

  long seq();

  /** An MSEL inject (or a plain scenario alert) fires. */
  record FireInject(Instant at, long seq, Inject inject, String cause) implements Due {}

  /** A background-noise alert is published; the source then schedules its next one. */
  record PublishNoise(Instant at, long seq, NoiseSource source, ScheduledAlert alert)
      implements Due {}

  /** An automatic player performs an expected action (dry runs). */
  record PerformAction(Instant at, long seq, TraineeAction action) implements Due {}

  /**
   * A clock tick: the engine says on the control topic that scenario time has reached {@code at},
   * so that deadlines downstream pass even when nothing else happens; the next one follows.
   */
  record Tick(Instant at, long seq) implements Due {}

  /**
   * The alert of an inject that fired before the run's process stopped, missing from the alerts
   * topic (in flight when the process died): sent again, stamped as it was due.
   */
  record ResendAlert(Instant at, long seq, ScheduledAlert alert) implements Due {}

  /**
   * An action that was on the run's log when it resumed and that no outcome names: the engine may
   * not have seen it before the process stopped, so it is weighed again, at its own scenario time.
   */
  record ObserveLogged(Instant at, long seq, TraineeAction action) implements Due {}
}
