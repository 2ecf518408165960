package org.certex.dashboard.live;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.views.DeliveryView;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.RequestOutcome;
import org.certex.dashboard.views.RunSummary;
import org.certex.dashboard.views.RunView;
import org.certex.dashboard.web.UnknownRunException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Live streams (server-sent events) of a run: {@code run} events with the {@link RunView}, {@code
 * delivery} events with each new {@link DeliveryView} and {@code outcome} events with each decided
 * {@link RequestOutcome}. The first event is the run as it is now, unless the browser reconnects
 * with the {@code Last-Event-ID} of a change still kept: then it gets the changes it missed. A
 * CERT's stream carries only the deliveries made to that CERT, its own team's outcomes and the
 * run's {@link RunSummary}, whoever opens it; the run's stream, with every CERT's deliveries and
 * exercise control's {@link RunView}, is exercise control's and the evaluators'.
 *
 * <p>The handlers take the response themselves: Spring's emitters write with blocking I/O, and one
 * browser that stopped reading would then hold a sender thread (see {@link ServletEventSink}).
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
class LiveStreamController {

  /** The header a browser's EventSource sends when it reconnects: the last event id it got. */
  static final String LAST_EVENT_ID = "Last-Event-ID";

  private static final Logger log = LoggerFactory.getLogger(LiveStreamController.class);

  private final ExerciseViews views;
  private final LiveStreams streams;
  private final DashboardProperties properties;

  LiveStreamController(ExerciseViews views, LiveStreams streams, DashboardProperties properties) {
    this.views = views;
    this.streams = streams;
    this.properties = properties;
  }

  @GetMapping("/stream")
  @RequiresClearance(Clearance.OBSERVE)
  void run(@PathVariable String runId, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    open(runId, AccessRole.CONTROL, request, response);
  }

  @GetMapping("/certs/{orgId}/stream")
  @RequiresClearance(Clearance.CERT)
  void cert(
      @PathVariable String runId,
      @PathVariable String orgId,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    RunView run = views.run(runId).orElseThrow(() -> new UnknownRunException(runId));
    if (run.participants().stream().noneMatch(p -> p.id().equals(orgId))) {
      // Found by the HTTP fuzzer (issue 13): a blank CERT id made no role, a 500.
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "Run " + runId + " has no participant '" + orgId + "'");
    }
    open(runId, AccessRole.cert(orgId), request, response);
  }

  private void open(
      String runId, AccessRole audience, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    views.run(runId).orElseThrow(() -> new UnknownRunException(runId));
    streams.open(
        runId,
        () -> views.run(runId).orElseThrow(),
        audience,
        ServletEventSink.open(request, response, properties.streamTimeout()),
        request.getHeader(LAST_EVENT_ID));
  }
}
