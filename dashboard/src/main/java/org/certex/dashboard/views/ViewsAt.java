package org.certex.dashboard.views;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.certex.dashboard.web.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one place a read endpoint gets the folded state it answers from: the live fold, or, when
 * asked for a moment ({@code ?at=}), the run's events folded up to that moment by a replay. The
 * endpoints then read either with the same per-CERT reads, under the same clearances, so a CERT's
 * link sees its own view at a moment exactly as it saw it live.
 */
@Component
public final class ViewsAt {

  /** The state of a run at a moment, folded from its topics; only a replaying dashboard has one. */
  @FunctionalInterface
  public interface Moments {

    /**
     * @throws ResponseStatusException 400 if the moment is outside the run, 404 if no such run
     */
    ExerciseViews at(String runId, Instant at);
  }

  static final String EXAMPLE = "2024-03-11T09:30:00Z";

  private final ExerciseViews live;
  private final ObjectProvider<Moments> moments;

  ViewsAt(ExerciseViews live, ObjectProvider<Moments> moments) {
    this.live = live;
    this.moments = moments;
  }

  /** The live fold, for what is open to anyone: a moment is folded only for a caller with a key. */
  ExerciseViews live() {
    return live;
  }

  /**
   * The live fold if {@code at} is blank, else the run's state at that moment.
   *
   * @throws ResponseStatusException 400 if {@code at} is no ISO-8601 instant or this dashboard
   *     replays nothing
   */
  public ExerciseViews of(String runId, String at) {
    if (at == null || at.isBlank()) {
      return live;
    }
    Instant moment = parse(at);
    Moments replay = moments.getIfAvailable();
    if (replay == null) {
      throw badRequest(
          "This dashboard is live: the state at a moment (?at=) is served by a dashboard that"
              + " replays a run (certex replay RUN)");
    }
    return replay.at(runId, moment);
  }

  static Instant parse(String at) {
    try {
      return Instant.parse(at.strip());
    } catch (DateTimeParseException e) {
      throw badRequest(
          "at must be an ISO-8601 instant in UTC such as " + EXAMPLE + ", was " + Texts.quoted(at));
    }
  }

  private static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
