package org.certex.dashboard.views;

import java.util.List;
import java.util.function.Function;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.scores.AttributionPicture;
import org.certex.dashboard.web.UnknownRunException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The situation of a run: NIS2 reporting clocks, incidents and the attribution toolbox, whole for
 * exercise control and evaluators, and as one CERT may see it under {@code /certs/{orgId}}: its own
 * clocks, the incidents as far as it holds their alerts, the proposals and outcomes and its own
 * assessments and votes ({@link TeamSight}).
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
class SituationController {

  private final ViewsAt views;

  SituationController(ViewsAt views) {
    this.views = views;
  }

  @GetMapping("/clocks")
  @RequiresClearance(Clearance.OBSERVE)
  List<ReportingClockView> clocks(
      @PathVariable String runId, @RequestParam(required = false) String at) {
    return read(runId, at, situation -> situation.clocks().all());
  }

  @GetMapping("/certs/{orgId}/clocks")
  @RequiresClearance(Clearance.CERT)
  List<ReportingClockView> clocksOf(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return read(runId, at, situation -> situation.clocks().of(orgId));
  }

  @GetMapping("/incidents")
  @RequiresClearance(Clearance.OBSERVE)
  List<IncidentView> incidents(
      @PathVariable String runId, @RequestParam(required = false) String at) {
    return read(runId, at, situation -> situation.incidents().all());
  }

  @GetMapping("/certs/{orgId}/incidents")
  @RequiresClearance(Clearance.CERT)
  List<IncidentView> incidentsOf(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return read(runId, at, situation -> situation.incidents().of(orgId));
  }

  @GetMapping("/attribution")
  @RequiresClearance(Clearance.OBSERVE)
  AttributionPicture attribution(
      @PathVariable String runId, @RequestParam(required = false) String at) {
    return read(runId, at, situation -> situation.attribution().whole());
  }

  @GetMapping("/certs/{orgId}/attribution")
  @RequiresClearance(Clearance.CERT)
  AttributionPicture attributionOf(
      @PathVariable String runId,
      @PathVariable String orgId,
      @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .read(runId, run -> run.play().situation().attribution().of(orgId, run.countryOf(orgId)))
        .orElseThrow(() -> new UnknownRunException(runId));
  }

  private <T> T read(String runId, String at, Function<SituationBoard, T> query) {
    return views
        .of(runId, at)
        .read(runId, run -> query.apply(run.play().situation()))
        .orElseThrow(() -> new UnknownRunException(runId));
  }
}
