package org.certex.dashboard;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the run feed is doing: runs followed, records read, records skipped as unusable. */
@RestController
class FeedStatusController {

  private final RunFeed feed;

  FeedStatusController(RunFeed feed) {
    this.feed = feed;
  }

  @GetMapping(path = "/api/feed", produces = MediaType.APPLICATION_JSON_VALUE)
  FeedStatus status() {
    return feed.status();
  }
}
