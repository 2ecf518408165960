package org.certex.dashboard.replay;

import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.feed.RunLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether this dashboard replays a run, and which moments it can show: the page asks first and,
 * replaying, shows the timeline instead of following the live stream. Open: it tells only the run's
 * id, its span in scenario time and how many records it holds, nothing per CERT.
 */
@RestController
class ReplayController {

  /** What the page is told. {@code span} is null on a live dashboard. */
  record ReplayView(boolean replaying, String runId, RunSpan span) {}

  private final DashboardProperties properties;
  private final ObjectProvider<ReplayMoments> moments;

  ReplayController(DashboardProperties properties, ObjectProvider<ReplayMoments> moments) {
    this.properties = properties;
    this.moments = moments;
  }

  @GetMapping(path = "/api/replay", produces = MediaType.APPLICATION_JSON_VALUE)
  @RequiresClearance(Clearance.OPEN)
  ReplayView replay() {
    ReplayMoments replay = moments.getIfAvailable();
    if (replay == null || !properties.replays()) {
      return new ReplayView(false, null, null);
    }
    String runId = properties.replayRun();
    return new ReplayView(true, runId, replay.span(runId, RunLog.Progress.NONE));
  }
}
