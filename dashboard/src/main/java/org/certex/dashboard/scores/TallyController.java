package org.certex.dashboard.scores;

import org.certex.dashboard.access.Clearance;
import org.certex.dashboard.access.RequiresClearance;
import org.certex.dashboard.views.ViewsAt;
import org.certex.dashboard.web.UnknownRunException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evaluators' live scores and the situation picture of a run, for exercise control and
 * evaluators: both tell of every CERT's deliveries and actions. The measures are defined in
 * docs/DASHBOARD.md, "Scores and the situation picture".
 */
@RestController
@RequestMapping(path = "/api/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
class TallyController {

  private final ViewsAt views;

  TallyController(ViewsAt views) {
    this.views = views;
  }

  @GetMapping("/scores")
  @RequiresClearance(Clearance.OBSERVE)
  ScoresView scores(@PathVariable String runId, @RequestParam(required = false) String at) {
    return views
        .of(runId, at)
        .tallyOf(runId, RunTally::scores)
        .orElseThrow(() -> new UnknownRunException(runId));
  }

  /**
   * @param country only this country's participants, and flows between organisations from or to one
   *     of them
   * @param q only participants whose id or name contains this text, and flows from or to one
   * @param limit how many participants and teams at most (default 50, at most 200)
   * @param at the moment to show, on a replaying dashboard (see {@link ViewsAt})
   */
  @GetMapping("/picture")
  @RequiresClearance(Clearance.OBSERVE)
  PictureView picture(
      @PathVariable String runId,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String at) {
    PictureQuery query;
    try {
      query = PictureQuery.of(country, q, limit);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    return views
        .of(runId, at)
        .tallyOf(runId, tally -> tally.picture(query))
        .orElseThrow(() -> new UnknownRunException(runId));
  }
}
