package org.certex.dashboard;

import java.util.Map;
import java.util.Objects;
import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.certex.dashboard.ViewChange.OutcomeAdded;
import org.certex.dashboard.ViewChange.RunChanged;
import org.certex.dashboard.ViewChange.RunTallied;
import org.certex.dashboard.ViewChange.Tallied;

/**
 * One server-sent event for a browser: {@code run} (a {@link RunView} for exercise control, a
 * {@link RunSummary} for anyone else), {@code delivery} (a {@link DeliveryView}), {@code outcome}
 * (a {@link RequestOutcome}) or {@code tally} (an empty object, for exercise control only: the
 * scores or the situation picture changed). {@link EventFrames} encodes it.
 */
record LiveEvent(String name, Object data) {

  static final String RUN = "run";
  static final String DELIVERY = "delivery";
  static final String OUTCOME = "outcome";
  static final String TALLY = "tally";

  LiveEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
  }

  /** The event of a change, as {@code audience} may see it. */
  static LiveEvent of(ViewChange change, AccessRole audience) {
    if (change instanceof RunChanged changed) {
      return run(changed.run(), audience);
    }
    if (change instanceof RunTallied tallied) {
      return run(tallied.run(), audience);
    }
    if (change instanceof Tallied) {
      return new LiveEvent(TALLY, Map.of());
    }
    if (change instanceof OutcomeAdded added) {
      return new LiveEvent(OUTCOME, added.outcome());
    }
    return new LiveEvent(DELIVERY, ((DeliveryAdded) change).delivery());
  }

  static LiveEvent run(RunView run, AccessRole audience) {
    return new LiveEvent(RUN, audience.isControl() ? run : RunSummary.of(run));
  }
}
