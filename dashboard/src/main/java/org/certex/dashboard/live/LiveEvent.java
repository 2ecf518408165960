package org.certex.dashboard.live;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.views.ClockView;
import org.certex.dashboard.views.ExpectationView;
import org.certex.dashboard.views.RunSummary;
import org.certex.dashboard.views.RunView;
import org.certex.dashboard.views.TeamExpectationView;
import org.certex.dashboard.views.TeamSight;
import org.certex.dashboard.views.ViewChange;
import org.certex.dashboard.views.ViewChange.ActionAdded;
import org.certex.dashboard.views.ViewChange.AttributionAdded;
import org.certex.dashboard.views.ViewChange.ClockMoved;
import org.certex.dashboard.views.ViewChange.ControlFactAdded;
import org.certex.dashboard.views.ViewChange.DeadLetterAdded;
import org.certex.dashboard.views.ViewChange.DeliveryAdded;
import org.certex.dashboard.views.ViewChange.ExpectationMoved;
import org.certex.dashboard.views.ViewChange.IncidentSeen;
import org.certex.dashboard.views.ViewChange.InjectAdded;
import org.certex.dashboard.views.ViewChange.MessageDelivered;
import org.certex.dashboard.views.ViewChange.OutcomeAdded;
import org.certex.dashboard.views.ViewChange.ReportingClockMoved;
import org.certex.dashboard.views.ViewChange.RunChanged;
import org.certex.dashboard.views.ViewChange.RunTallied;
import org.certex.dashboard.views.ViewChange.Tallied;

/**
 * One server-sent event for a browser, as its audience may see it ({@link EventFrames} encodes it).
 * {@link #of} is the one place that decides who gets which change of a run:
 *
 * <ul>
 *   <li>{@code run}: a {@link RunView} for exercise control, a {@link RunSummary} for teams; what
 *       was only tallied (recipients, dead letters) for exercise control only;
 *   <li>{@code clock}: everyone ({@link ClockView});
 *   <li>{@code delivery}, {@code outcome}, {@code message}: exercise control, and the recipient's
 *       or requester's team (a message inject, one event per recipient);
 *   <li>{@code control}, {@code inject}, {@code dead-letter}: exercise control only;
 *   <li>{@code expectation}: exercise control gets each settled {@link ExpectationView}; the
 *       expectation's team its {@link TeamExpectationView} (no description) as it opens and
 *       settles;
 *   <li>{@code nis2}, {@code attribution}, {@code action}: exercise control all, a team what {@link
 *       TeamSight} lets it see;
 *   <li>{@code incident}: exercise control the whole incident; a team its view (asSeenBy), and only
 *       when that view changed.
 *   <li>{@code tally}: exercise control only, an empty object: the scores or the situation picture
 *       changed, and the page refetches them.
 * </ul>
 */
public record LiveEvent(String name, Object data) {

  static final String RUN = "run";
  static final String CLOCK = "clock";
  static final String DELIVERY = "delivery";
  static final String OUTCOME = "outcome";
  public static final String TALLY = "tally";
  static final String CONTROL = "control";
  static final String INJECT = "inject";
  static final String EXPECTATION = "expectation";
  static final String NIS2 = "nis2";
  static final String INCIDENT = "incident";
  static final String ATTRIBUTION = "attribution";
  static final String ACTION = "action";
  static final String DEAD_LETTER = "dead-letter";
  static final String MESSAGE = "message";

  public LiveEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
  }

  /** The event of a change as {@code audience} may see it, or empty if it may not. */
  public static Optional<LiveEvent> of(ViewChange change, AccessRole audience) {
    boolean control = audience.readsWholeRun();
    String cert = audience.certId();
    if (change instanceof RunChanged changed) {
      return Optional.of(run(changed.run(), audience));
    }
    if (change instanceof RunTallied tallied) {
      return when(control, RUN, tallied.run());
    }
    if (change instanceof ClockMoved moved) {
      return Optional.of(new LiveEvent(CLOCK, moved.clock()));
    }
    if (change instanceof DeliveryAdded added) {
      return when(audience.maySee(added.delivery().recipient()), DELIVERY, added.delivery());
    }
    if (change instanceof Tallied) {
      return when(control, TALLY, Map.of());
    }
    if (change instanceof OutcomeAdded added) {
      return when(audience.maySee(added.outcome().requestedBy()), OUTCOME, added.outcome());
    }
    if (change instanceof ControlFactAdded added) {
      return when(control, CONTROL, added.fact());
    }
    if (change instanceof MessageDelivered delivered) {
      return when(audience.maySee(delivered.message().recipient()), MESSAGE, delivered.message());
    }
    if (change instanceof InjectAdded added) {
      return when(control, INJECT, added.inject());
    }
    if (change instanceof DeadLetterAdded added) {
      return when(control, DEAD_LETTER, added.deadLetter());
    }
    if (change instanceof ExpectationMoved moved) {
      return control
          ? when(moved.settled() != null, EXPECTATION, moved.settled())
          : when(TeamSight.expectation(moved.who(), cert), EXPECTATION, moved.team());
    }
    if (change instanceof ReportingClockMoved moved) {
      return when(control ? moved.changed() : moved.teams().contains(cert), NIS2, moved.clock());
    }
    if (change instanceof AttributionAdded added) {
      return when(
          control || TeamSight.attribution(added.record(), cert, added.partOf().contains(cert)),
          ATTRIBUTION,
          added.record());
    }
    if (change instanceof ActionAdded added) {
      boolean sees = control || TeamSight.action(added.action(), added.alertSource(), cert);
      return when(sees, ACTION, added.action());
    }
    IncidentSeen seen = (IncidentSeen) change;
    return control
        ? when(seen.whole() != null, INCIDENT, seen.whole())
        : when(seen.seenBy().containsKey(cert), INCIDENT, seen.seenBy().get(cert));
  }

  /**
   * Which audiences share one encoding of the change's event: exercise control has its own, and so
   * does each CERT for an incident (its own view of it); every team that may see any other change
   * sees the same event.
   */
  static String sharedBy(ViewChange change, AccessRole audience) {
    if (audience.readsWholeRun()) {
      return audience.name();
    }
    return change instanceof IncidentSeen ? audience.name() : "teams";
  }

  static LiveEvent run(RunView run, AccessRole audience) {
    return new LiveEvent(RUN, audience.readsWholeRun() ? run : RunSummary.of(run));
  }

  private static Optional<LiveEvent> when(boolean sees, String name, Object data) {
    return sees ? Optional.of(new LiveEvent(name, data)) : Optional.empty();
  }
}
