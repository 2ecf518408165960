package org.certex.dashboard.scores;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.certex.dashboard.views.ActionView;
import org.certex.dashboard.views.FiredInjectView;
import org.certex.dashboard.views.PlannedInjectView;

/**
 * How long teams took to acknowledge, notify and share the inject alerts they received: for each
 * (team, inject alert), from the alert's first delivery to the team ({@code deliveredAt}) to the
 * team's first ACKNOWLEDGE, NOTIFY or SHARE action naming that alert, in scenario time. An inject
 * alert is one whose id is an inject of the MSEL as planned (an inject's alert bears its id) or
 * that an {@code InjectFired} named (manual injects); background noise is not timed. A delivered
 * alert the team never acted on is counted as open, not as a time; an action before the delivery
 * (the two topics are read side by side) counts as zero.
 *
 * <p>Bounded: at most {@link #MAX_INJECT_ALERTS} inject alerts and {@link #MAX_PAIRS} (team, alert)
 * pairs of three instants each (about 100 bytes a pair); past that, new ones are not timed. Known
 * gap: deliveries of a manual inject's alert folded before its {@code InjectFired} are not timed.
 */
final class ResponseTimes {

  static final int MAX_INJECT_ALERTS = 2_000;
  static final int MAX_PAIRS = 50_000;

  /** The timed actions, in the order of {@link Response#firstAction}. */
  enum Measure {
    ACKNOWLEDGE,
    NOTIFY,
    SHARE
  }

  /** The times of one measure for one team, in whole seconds (rounded). */
  record Times(int count, Long medianSeconds, Long maxSeconds, int open) {

    static final Times NONE = new Times(0, null, null, 0);
  }

  private record Pair(String team, String alertId) {}

  private static final class Response {
    Instant deliveredAt;
    final Instant[] firstAction = new Instant[Measure.values().length];
  }

  private final ParticipantRoster roster;
  private final Set<String> injectAlerts = new HashSet<>();
  private final Map<Pair, Response> pairs = new HashMap<>();

  ResponseTimes(ParticipantRoster roster) {
    this.roster = roster;
  }

  void plan(List<PlannedInjectView> msel) {
    msel.forEach(inject -> markInjectAlert(inject.injectId()));
  }

  void fire(FiredInjectView inject) {
    markInjectAlert(inject.alertId());
  }

  /** Keeps the first delivery of an inject alert to a team; true if it was the first. */
  boolean deliver(String recipient, String alertId, Instant deliveredAt) {
    if (deliveredAt == null || !injectAlerts.contains(alertId)) {
      return false;
    }
    Response response = response(recipient, alertId);
    if (response == null || !isBefore(deliveredAt, response.deliveredAt)) {
      return false;
    }
    response.deliveredAt = deliveredAt;
    return true;
  }

  /** Keeps a team's first timed action on an inject alert; true if it was the first. */
  boolean act(ActionView action) {
    Measure measure = measureOf(action.type());
    if (measure == null || action.at() == null || !injectAlerts.contains(action.alertId())) {
      return false;
    }
    Response response = response(action.actor(), action.alertId());
    int m = measure.ordinal();
    if (response == null || !isBefore(action.at(), response.firstAction[m])) {
      return false;
    }
    response.firstAction[m] = action.at();
    return true;
  }

  /**
   * When {@code team} first received inject alert {@code alertId}; null if it did not (yet), or the
   * alert is not an inject's.
   */
  Instant firstDelivery(String team, String alertId) {
    Response response = pairs.get(new Pair(roster.canonical(team), alertId));
    return response == null ? null : response.deliveredAt;
  }

  /** Each team's times of {@code measure}, by team id: the teams that received an inject alert. */
  Map<String, Times> of(Measure measure) {
    Map<String, List<Long>> seconds = new TreeMap<>();
    Map<String, Integer> open = new HashMap<>();
    pairs.forEach(
        (pair, response) -> {
          if (response.deliveredAt == null) {
            return;
          }
          List<Long> times = seconds.computeIfAbsent(pair.team(), t -> new ArrayList<>());
          Instant acted = response.firstAction[measure.ordinal()];
          if (acted == null) {
            open.merge(pair.team(), 1, Integer::sum);
          } else {
            long millis = Math.max(0, acted.toEpochMilli() - response.deliveredAt.toEpochMilli());
            times.add(millis);
          }
        });
    Map<String, Times> times = new TreeMap<>();
    seconds.forEach((team, millis) -> times.put(team, times(millis, open.getOrDefault(team, 0))));
    return times;
  }

  static Times times(List<Long> millis, int open) {
    if (millis.isEmpty()) {
      return new Times(0, null, null, open);
    }
    List<Long> sorted = millis.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return new Times(n, Math.round(median / 1000), Math.round(sorted.get(n - 1) / 1000.0), open);
  }

  private Response response(String team, String alertId) {
    Pair pair = new Pair(roster.canonical(team), alertId);
    Response response = pairs.get(pair);
    if (response == null && pairs.size() < MAX_PAIRS) {
      response = new Response();
      pairs.put(pair, response);
    }
    return response;
  }

  private void markInjectAlert(String alertId) {
    if (alertId != null && injectAlerts.size() < MAX_INJECT_ALERTS) {
      injectAlerts.add(alertId);
    }
  }

  private static boolean isBefore(Instant candidate, Instant current) {
    return current == null || candidate.isBefore(current);
  }

  private static Measure measureOf(String type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "ACKNOWLEDGE" -> Measure.ACKNOWLEDGE;
      case "NOTIFY" -> Measure.NOTIFY;
      case "SHARE" -> Measure.SHARE;
      default -> null;
    };
  }
}
