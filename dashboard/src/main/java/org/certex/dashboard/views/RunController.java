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
 * The runs the dashboard knows of, newest first. Anyone may list them: a {@link RunSummary} carries
 * no alert and nothing counted per CERT. Exercise control's board of a run, with its recipients and
 * dead letters, is exercise control's and the evaluators'.
 */
@RestController
@RequestMapping(path = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
class RunController {

  private final ViewsAt views;

  RunController(ViewsAt views) {
    this.views = views;
  }

  @GetMapping
  @RequiresClearance(Clearance.OPEN)
  List<RunSummary> runs() {
    return views.live().runs().stream().map(RunSummary::of).toList();
  }

  @GetMapping("/{runId}")
  @RequiresClearance(Clearance.OPEN)
  RunSummary run(@PathVariable String runId) {
    return RunSummary.of(known(runId, null));
  }

  @GetMapping("/{runId}/board")
  @RequiresClearance(Clearance.OBSERVE)
  RunView board(@PathVariable String runId, @RequestParam(required = false) String at) {
    return known(runId, at);
  }

  private RunView known(String runId, String at) {
    return views.of(runId, at).run(runId).orElseThrow(() -> new UnknownRunException(runId));
  }
}
