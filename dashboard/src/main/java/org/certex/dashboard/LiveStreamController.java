package org.certex.dashboard;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live streams (server-sent events) of a run: {@code run} events with the {@link RunView} and
 * {@code delivery} events with each new {@link DeliveryView}. The first event is always the run as
 * it is now. A CERT's stream carries only the deliveries made to that CERT and the run's {@link
 * RunSummary}, whoever opens it; the run's stream, with every CERT's deliveries and exercise
 * control's {@link RunView}, needs the run's control key.
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
class LiveStreamController {

  private final ExerciseViews views;
  private final LiveStreams streams;

  LiveStreamController(ExerciseViews views, LiveStreams streams) {
    this.views = views;
    this.streams = streams;
  }

  @GetMapping("/stream")
  @RequiresClearance(Clearance.CONTROL)
  SseEmitter run(@PathVariable String runId) {
    return streams.open(knownRun(runId), AccessRole.CONTROL);
  }

  @GetMapping("/certs/{orgId}/stream")
  @RequiresClearance(Clearance.CERT)
  SseEmitter cert(@PathVariable String runId, @PathVariable String orgId) {
    return streams.open(knownRun(runId), AccessRole.cert(orgId));
  }

  private RunView knownRun(String runId) {
    return views.run(runId).orElseThrow(() -> new UnknownRunException(runId));
  }
}
