package org.certex.dashboard;

import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.certex.dashboard.ViewChange.OutcomeAdded;
import org.certex.dashboard.ViewChange.RunChanged;
import org.certex.dashboard.ViewChange.RunTallied;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One server-sent event waiting for a browser: {@code run} (a {@link RunView} for exercise control,
 * a {@link RunSummary} for anyone else), {@code delivery} (a {@link DeliveryView}), {@code outcome}
 * (a {@link RequestOutcome}) or a keep-alive comment. Spring's event builders cannot be sent twice,
 * so the queue holds these and each send builds its own.
 */
record LiveEvent(String name, Object data) {

  static final String RUN = "run";
  static final String DELIVERY = "delivery";
  static final String OUTCOME = "outcome";
  static final LiveEvent KEEP_ALIVE = new LiveEvent(null, null);

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

  SseEventBuilder toSse() {
    if (name == null) {
      return SseEmitter.event().comment("keep-alive");
    }
    return SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON);
  }
}
