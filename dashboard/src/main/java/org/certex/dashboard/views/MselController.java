package org.certex.dashboard.views;

import java.util.List;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.web.UnknownRunException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What exercise control and evaluators follow of the exercise's conduct: the exercise clock (open
 * to anyone: it carries no alert content), the MSEL as the engine plays it, what the engine applied
 * or refused, and the dead letters.
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
class MselController {

  private final ViewsAt views;

  MselController(ViewsAt views) {
    this.views = views;
  }

  @GetMapping("/clock")
  @RequiresClearance(Clearance.OPEN)
  ClockView clock(@PathVariable String runId) {
    return views
        .live()
        .read(runId, RunLedger::clock)
        .orElseThrow(() -> new UnknownRunException(runId));
  }

  /** Every inject in plan order, then the manual injects fired, with their expectations. */
  @GetMapping("/msel")
  @RequiresClearance(Clearance.OBSERVE)
  List<MselRow> msel(@PathVariable String runId, @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .read(runId, run -> run.play().msel().rows())
        .orElseThrow(() -> new UnknownRunException(runId));
  }

  /**
   * What the engine applied or refused, newest first (the latest {@value RunPlay#CONTROL_FACTS}).
   */
  @GetMapping("/control-log")
  @RequiresClearance(Clearance.OBSERVE)
  List<ControlFactView> controlLog(
      @PathVariable String runId, @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .read(runId, run -> run.play().controlLog())
        .orElseThrow(() -> new UnknownRunException(runId));
  }

  /** The latest {@value RunPlay#DEAD_LETTERS} dead letters, newest first; the board counts all. */
  @GetMapping("/dead-letters")
  @RequiresClearance(Clearance.OBSERVE)
  List<DeadLetterView> deadLetters(
      @PathVariable String runId, @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .read(runId, run -> run.play().deadLetters())
        .orElseThrow(() -> new UnknownRunException(runId));
  }
}
