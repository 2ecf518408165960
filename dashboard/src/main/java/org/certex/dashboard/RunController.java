package org.certex.dashboard;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The runs the dashboard knows of, newest first. */
@RestController
@RequestMapping(path = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
class RunController {

  private final ExerciseViews views;

  RunController(ExerciseViews views) {
    this.views = views;
  }

  @GetMapping
  List<RunView> runs() {
    return views.runs();
  }

  @GetMapping("/{runId}")
  RunView run(@PathVariable String runId) {
    return views.run(runId).orElseThrow(() -> new UnknownRunException(runId));
  }
}
