package org.certex.dashboard.scores;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.certex.dashboard.scores.ExpectationTally.Counts;
import org.certex.dashboard.scores.PictureView.Series;
import org.certex.dashboard.scores.ResponseTimes.Measure;
import org.certex.dashboard.scores.ResponseTimes.Times;
import org.certex.dashboard.scores.ScoresView.ObjectiveScore;
import org.certex.dashboard.scores.ScoresView.TeamScore;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseEvent.ActionTaken;
import org.certex.dashboard.views.ExerciseEvent.AttributionRecorded;
import org.certex.dashboard.views.ExerciseEvent.ExpectationSettled;
import org.certex.dashboard.views.ExerciseEvent.IncidentChanged;
import org.certex.dashboard.views.ExerciseEvent.InjectFired;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.certex.dashboard.views.ExerciseEvent.ReportingClockChanged;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ExerciseEvent.SharingDecided;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.RequestOutcome;
import org.certex.dashboard.views.SharingDecisionView;

/**
 * The evaluators' live scores and the situation picture of one run, as a fold over its events:
 * plain Java, no Kafka, driven by the feed through {@link ExerciseViews} and by tests and replays
 * alike. The measures are defined in docs/DASHBOARD.md, "Scores and the situation picture", and in
 * the classes that keep them.
 *
 * <p>Memory stays bounded for a run of any length and up to {@code RecordLimits.PARTICIPANTS}
 * organisations: counters, never lists of deliveries. Each part states its own bound: {@link
 * ParticipantRoster} (participants plus 1,000 other ids), {@link SharingFlows} (50,000 flows
 * between organisations, 10,000 between countries), {@link RecentAlerts} (20,000 alert labels),
 * {@link AlertSeries} (120 buckets), {@link ResponseTimes} (50,000 (team, inject alert) pairs),
 * {@link ExpectationTally} (10,000 expectations), {@link ShareRefusals}, {@link ClockCompliance},
 * {@link IncidentTally} (100,000 incident ids, 40 summaries), {@link AttributionTally} (200
 * proposals, 50 attributions), {@link RecipientSeries} (120 buckets per recipient), {@link
 * ShareHops} (10,000 hops): a few tens of megabytes at worst, far less for a real drill.
 *
 * <p>Not thread-safe: {@link ExerciseViews} applies and reads under its lock.
 */
public final class RunTally {

  private final ParticipantRoster roster = new ParticipantRoster();
  private final RecentAlerts recent = new RecentAlerts();
  private final SharingFlows flows = new SharingFlows(roster);
  private final AlertSeries series = new AlertSeries();
  private final ResponseTimes responses = new ResponseTimes(roster);
  private final ExpectationTally expectations = new ExpectationTally();
  private final ShareRefusals refusals = new ShareRefusals(roster);
  private final ClockCompliance clocks = new ClockCompliance();
  private final IncidentTally incidents = new IncidentTally();
  private final AttributionTally attribution = new AttributionTally();
  private final RecipientSeries received = new RecipientSeries(roster);
  private final ShareHops hops = new ShareHops();

  /** Folds one event in; true if the scores or the picture changed. */
  public boolean apply(ExerciseEvent event) {
    if (event instanceof RunRecorded run) {
      series.startAt(run.scenarioStart());
      received.startAt(run.scenarioStart());
      return roster.record(run.participants());
    }
    if (event instanceof MselPlanned planned) {
      responses.plan(planned.msel());
      return expectations.plan(planned.msel());
    }
    if (event instanceof InjectFired fired) {
      responses.fire(fired.inject());
      return expectations.fire(fired.inject());
    }
    if (event instanceof SharingDecided decided) {
      return share(decided.decision());
    }
    if (event instanceof RequestDecided decided) {
      RequestOutcome outcome = decided.outcome();
      flows.refuse(outcome, recent.labelOf(outcome.alertId()));
      return refusals.decide(outcome);
    }
    return applySituation(event);
  }

  private boolean applySituation(ExerciseEvent event) {
    if (event instanceof ExpectationSettled settled) {
      return expectations.settle(settled.expectation());
    }
    if (event instanceof ActionTaken taken) {
      return responses.act(taken.action());
    }
    if (event instanceof ReportingClockChanged changed) {
      return clocks.change(changed.clock());
    }
    if (event instanceof IncidentChanged changed) {
      return incidents.change(changed.incident());
    }
    if (event instanceof AttributionRecorded recorded) {
      return attribution.record(recorded.record());
    }
    return false;
  }

  /**
   * Counts the deliveries a decision made: the pipeline makes one per organisation it names, in the
   * same transaction, so these are the counts of the deliveries topic, read from a sixth of the
   * records. An alert is counted in the run's series once, at its first delivery by its own
   * decision.
   */
  private boolean share(SharingDecisionView decision) {
    if (decision.deliveredTo().isEmpty()) {
      return false;
    }
    String label = flows.label(decision.tlp());
    boolean first = recent.remember(decision, label);
    if (first && decision.onArrival()) {
      series.count(decision.decidedAt(), label);
    }
    String sharer = decision.onArrival() ? null : roster.canonical(decision.requestedBy());
    String from = sharer != null ? sharer : roster.canonical(decision.sourceOrg());
    Instant held = sharer == null ? null : heldSince(decision, sharer);
    for (String recipient : decision.deliveredTo()) {
      String to = roster.canonical(recipient);
      flows.deliver(from, to, label);
      received.count(to, decision.decidedAt(), label);
      if (sharer != null) {
        hops.share(sharer, to, held, decision.decidedAt());
      }
      responses.deliver(to, decision.alertId(), decision.decidedAt());
    }
    return true;
  }

  /**
   * Since when the team that shared an alert held it: its report time for the alert's source, else
   * its first delivery to that team; null when not known (an alert past {@link RecentAlerts}'
   * bound, or one not timed by {@link ResponseTimes}).
   */
  private Instant heldSince(SharingDecisionView decision, String sharer) {
    return sharer.equals(roster.canonical(decision.sourceOrg()))
        ? recent.reportedAt(decision.alertId())
        : responses.firstDelivery(sharer, decision.alertId());
  }

  /** The scores as they stand, teams and objectives by id. */
  public ScoresView scores() {
    Map<String, Counts> byTeam = expectations.byTeam();
    Map<String, Times> acknowledge = responses.of(Measure.ACKNOWLEDGE);
    Map<String, Times> notify = responses.of(Measure.NOTIFY);
    Map<String, Times> share = responses.of(Measure.SHARE);
    Set<String> teams = new TreeSet<>(byTeam.keySet());
    teams.addAll(acknowledge.keySet());
    refusals.teams().forEach(teams::add);
    List<TeamScore> rows =
        teams.stream()
            .map(
                team -> {
                  Counts counts = byTeam.getOrDefault(team, Counts.NONE);
                  return new TeamScore(
                      team,
                      counts.met(),
                      counts.late(),
                      counts.missed(),
                      counts.open(),
                      acknowledge.getOrDefault(team, Times.NONE),
                      notify.getOrDefault(team, Times.NONE),
                      share.getOrDefault(team, Times.NONE),
                      refusals.of(team));
                })
            .toList();
    List<ObjectiveScore> objectives =
        expectations.byObjective().entrySet().stream()
            .map(
                e ->
                    new ObjectiveScore(
                        e.getKey(),
                        e.getValue().met(),
                        e.getValue().late(),
                        e.getValue().missed(),
                        e.getValue().open()))
            .toList();
    return new ScoresView(rows, objectives, refusals.byReason(), clocks.counts());
  }

  /**
   * The NIS2 reporting clocks' changes counted by report and state ({@code early-warning} to {@code
   * {opened: 4, met: 4}}), for a summary of the whole run.
   */
  public Map<String, Map<String, Long>> clockChanges() {
    return clocks.changes();
  }

  /**
   * The alerts delivered to {@code recipient} over time by label (its own deliveries only, so a
   * CERT's team may see its own); empty if nothing was delivered to it.
   */
  public Optional<Series> receivedBy(String recipient) {
    return received.of(roster.canonical(recipient));
  }

  /**
   * The busiest flows between organisations (not countries), at most {@code limit}: deliveries and
   * refused attempts from one to another by label.
   */
  public List<PictureView.FlowRow> organisationFlows(int limit) {
    return flows.betweenOrganisations(org -> true, limit);
  }

  /** How long each hop of the information flow took, the busiest first. */
  public List<ShareHops.Hop> hops() {
    return hops.view();
  }

  /** The situation picture as the query asks for it. */
  public PictureView picture(PictureQuery query) {
    OrganisationPicture organisations = new OrganisationPicture(roster, flows);
    return new PictureView(
        organisations.countries(),
        organisations.participants(query),
        organisations.flows(query),
        incidents.view(),
        attribution.view(),
        series.view(),
        organisations.timeToAcknowledge(responses.of(Measure.ACKNOWLEDGE), query),
        clocks.counts());
  }
}
