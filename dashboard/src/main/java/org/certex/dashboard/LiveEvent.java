package org.certex.dashboard;

import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.certex.dashboard.ViewChange.RunChanged;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One server-sent event waiting for a browser: {@code run} (a {@link RunView}), {@code delivery} (a
 * {@link DeliveryView}) or a keep-alive comment. Spring's event builders cannot be sent twice, so
 * the queue holds these and each send builds its own.
 */
record LiveEvent(String name, Object data) {

  static final String RUN = "run";
  static final String DELIVERY = "delivery";
  static final LiveEvent KEEP_ALIVE = new LiveEvent(null, null);

  static LiveEvent of(ViewChange change) {
    if (change instanceof RunChanged run) {
      return run(run.run());
    }
    return new LiveEvent(DELIVERY, ((DeliveryAdded) change).delivery());
  }

  static LiveEvent run(RunView run) {
    return new LiveEvent(RUN, run);
  }

  SseEventBuilder toSse() {
    if (name == null) {
      return SseEmitter.event().comment("keep-alive");
    }
    return SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON);
  }
}
