package org.certex.dashboard;

import java.util.Objects;
import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.certex.dashboard.ViewChange.OutcomeAdded;
import org.certex.dashboard.ViewChange.RunChanged;
import org.certex.dashboard.ViewChange.RunTallied;

/**
 * One server-sent event for a browser: {@code run} (a {@link RunView} for exercise control, a
 * {@link RunSummary} for anyone else), {@code delivery} (a {@link DeliveryView}) or {@code outcome}
 * (a {@link RequestOutcome}). {@link EventFrames} encodes it.
 */
record LiveEvent(String name, Object data) {

  static final String RUN = "run";
  static final String DELIVERY = "delivery";
  static final String OUTCOME = "outcome";

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
    if (change instanceof OutcomeAdded added) {
      return new LiveEvent(OUTCOME, added.outcome());
    }
    return new LiveEvent(DELIVERY, ((DeliveryAdded) change).delivery());
  }

  static LiveEvent run(RunView run, AccessRole audience) {
    return new LiveEvent(RUN, audience.isControl() ? run : RunSummary.of(run));
  }
}
