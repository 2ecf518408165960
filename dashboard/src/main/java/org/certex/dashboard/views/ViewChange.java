package org.certex.dashboard.views;

import java.util.Map;
import java.util.Set;
import org.certex.dashboard.live.LiveStreams;
import org.certex.dashboard.scores.RunTally;
import org.certex.dashboard.scores.TallySignal;

/** What folding one event changed, so the live page can be told (see {@link LiveStreams}). */
public sealed interface ViewChange {

  String runId();

  /** The run's record changed: what anyone may see of it (see {@link RunSummary}). */
  record RunChanged(RunView run) implements ViewChange {
    @Override
    public String runId() {
      return run.runId();
    }
  }

  /**
   * What the dashboard counted while folding the run changed, its recipients or its dead letters,
   * and nothing else: news for exercise control only, as it tells of deliveries to others.
   */
  record RunTallied(RunView run) implements ViewChange {
    @Override
    public String runId() {
      return run.runId();
    }
  }

  /** A new entry went to the top of one recipient's inbox. */
  record DeliveryAdded(String runId, DeliveryView delivery) implements ViewChange {}

  /** The policy decided one of a team's requests: news for that team and exercise control. */
  record OutcomeAdded(String runId, RequestOutcome outcome) implements ViewChange {}

  /**
   * The run's scores or situation picture changed (see {@link RunTally}); told at most once a
   * second (see {@link TallySignal}). News for exercise control and evaluators only; it carries
   * nothing but the run, and the page refetches what it shows.
   */
  record Tallied(String runId) implements ViewChange {}

  /** The exercise's clock moved, or was paused, resumed, sped up or started: news for everyone. */
  record ClockMoved(String runId, ClockView clock) implements ViewChange {}

  /** The engine applied or refused a request of exercise control: news for exercise control. */
  record ControlFactAdded(String runId, ControlFactView fact) implements ViewChange {}

  /** A record was parked on the run's dead-letter topic: news for exercise control. */
  record DeadLetterAdded(String runId, DeadLetterView deadLetter) implements ViewChange {}

  /**
   * An inject fired: news for exercise control (a team sees what it delivered: an alert in its
   * inbox, a message as {@link MessageDelivered}).
   */
  record InjectAdded(String runId, FiredInjectView inject) implements ViewChange {}

  /** A message inject reached one of its recipients: news for that team and exercise control. */
  record MessageDelivered(String runId, MessageView message) implements ViewChange {}

  /**
   * An expectation of {@code who}'s team opened (its inject fired) or was settled.
   *
   * @param settled how it turned out, for exercise control; null when it only opened
   * @param team how it stands, as that team sees it
   */
  record ExpectationMoved(
      String runId, String who, ExpectationView settled, TeamExpectationView team)
      implements ViewChange {}

  /**
   * A NIS2 reporting clock changed, or a CERT may now see it: news for exercise control when it
   * changed, and for the teams {@link TeamSight#clock} lets see it.
   *
   * @param teams the CERTs whose teams are told of it
   * @param changed whether the clock itself changed (exercise control is told), rather than only
   *     who may see it (its CSIRT received the entity's alert)
   */
  record ReportingClockMoved(
      String runId, ReportingClockView clock, Set<String> teams, boolean changed)
      implements ViewChange {

    public ReportingClockMoved {
      teams = Set.copyOf(teams);
    }
  }

  /**
   * An incident changed, or what some CERTs may see of it did.
   *
   * @param whole the incident as exercise control sees it; null when only a CERT's view changed (it
   *     received one of its member alerts)
   * @param seenBy each CERT whose view of it changed, with that view (asSeenBy)
   */
  record IncidentSeen(String runId, IncidentView whole, Map<String, IncidentView> seenBy)
      implements ViewChange {

    public IncidentSeen {
      seenBy = Map.copyOf(seenBy);
    }
  }

  /**
   * The attribution toolbox recorded something (see {@link TeamSight#attribution}).
   *
   * @param partOf the participants whose country is among the record's member states: a declaration
   *     of coordinated attribution is news for them only
   */
  record AttributionAdded(String runId, AttributionView record, Set<String> partOf)
      implements ViewChange {

    public AttributionAdded {
      partOf = Set.copyOf(partOf);
    }

    public AttributionAdded(String runId, AttributionView record) {
      this(runId, record, Set.of());
    }
  }

  /**
   * An action was taken.
   *
   * @param alertSource the source of the action's alert, or null if unknown or none
   */
  record ActionAdded(String runId, ActionView action, String alertSource) implements ViewChange {}
}
