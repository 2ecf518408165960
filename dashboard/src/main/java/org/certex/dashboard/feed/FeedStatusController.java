package org.certex.dashboard.feed;

import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.views.ExerciseViews;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the run feed is doing: runs followed, records read, records skipped as unusable, and the runs
 * whose sharing pipeline failed. Open to anyone, for health checks. Known gap: its record counter,
 * summed over every run, rises with each delivery, so a watcher can tell that something was
 * delivered somewhere, though not what or to whom.
 */
@RestController
class FeedStatusController {

  private final RunFeed feed;
  private final ExerciseViews views;

  FeedStatusController(RunFeed feed, ExerciseViews views) {
    this.feed = feed;
    this.views = views;
  }

  @GetMapping(path = "/api/feed", produces = MediaType.APPLICATION_JSON_VALUE)
  @RequiresClearance(Clearance.OPEN)
  FeedReport status() {
    return FeedReport.of(feed.status(), views.failedPipelines());
  }
}
