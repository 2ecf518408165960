package org.certex.dashboard.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.certex.dashboard.scores.AttributionPicture;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.ClockReported;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.certex.dashboard.views.ExerciseEvent.PipelineReported;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ViewChange.ClockMoved;
import org.certex.dashboard.views.ViewChange.DeliveryAdded;
import org.certex.dashboard.views.ViewChange.OutcomeAdded;
import org.certex.dashboard.views.ViewChange.RunChanged;
import org.certex.dashboard.views.ViewChange.RunTallied;

/**
 * The folded state of one run: its view, one inbox per recipient, the outcomes of each team's
 * requests, which alerts each CERT holds ({@link Holdings}), how far its scenario clock has gone
 * (the engine's ticks and answers on the control topic), and the exercise as played ({@link
 * RunPlay}).
 *
 * <p>Every delivery id and action id ever seen is remembered, so a redelivered record is ignored
 * even after its entry fell off a bounded list, and so is every (recipient, alert) pair, so a team
 * may act on an alert that fell off its inbox. Delivery ids and pairs are kept per alert ({@link
 * Holdings}: some 150 bytes an alert, its few recipients included); for runs of millions of alerts
 * they, not the inboxes, make most of the memory.
 */
public final class RunLedger {

  private final int capacity;
  private final Map<String, Inbox> inboxes = new TreeMap<>();
  private final Map<String, RequestOutcomes> outcomes = new HashMap<>();
  private final Holdings holdings = new Holdings();
  private final RunPlay play;
  private final Set<String> actionIds = new HashSet<>();
  private final Map<String, Instant> latestDeliveryTo = new HashMap<>();
  private RunView view;
  private int partitions;
  private Instant latestScenarioTime;
  private Instant engineTime;
  private ClockReported latestClock;
  private boolean heldByRecord;

  /**
   * @param capacity how many entries each CERT's inbox, and each team's outcomes, keep
   */
  RunLedger(String runId, int capacity) {
    this(runId, capacity, true);
  }

  /**
   * @param tellsChanges whether the changes each event makes are told (live) or only the state is
   *     kept ({@link ExerciseViews#forReading})
   */
  RunLedger(String runId, int capacity, boolean tellsChanges) {
    this.capacity = capacity;
    this.view = RunView.unannounced(runId);
    this.play = new RunPlay(runId, holdings, tellsChanges);
  }

  /** The exercise as played: MSEL, control facts, dead letters, situation, actions. */
  public RunPlay play() {
    return play;
  }

  /** The country of participant {@code orgId}, or null if the run's record does not list it. */
  String countryOf(String orgId) {
    return view.participants().stream()
        .filter(p -> p.id().equals(orgId))
        .map(ParticipantView::country)
        .findFirst()
        .orElse(null);
  }

  /** The participants whose country is one of {@code countries}. */
  Set<String> participantsOf(List<String> countries) {
    return view.participants().stream()
        .filter(p -> countries.contains(p.country()))
        .map(ParticipantView::id)
        .collect(Collectors.toSet());
  }

  /**
   * The exercise's clock: the engine's latest record, or the run's start (held as its record says)
   * before the engine said any.
   */
  ClockView clock() {
    Instant time = engineTime != null ? engineTime : view.scenarioStart();
    if (latestClock == null) {
      return new ClockView(time, null, false, heldByRecord, view.status());
    }
    return new ClockView(
        time, latestClock.speed(), latestClock.paused(), latestClock.held(), view.status());
  }

  RunView view() {
    return view;
  }

  /**
   * The inbox of {@code recipient}, newest first; empty if nothing was delivered to it. Public for
   * the readers of a run outside the dashboard (the STIX export of one CERT's holdings).
   */
  public List<DeliveryView> inboxOf(String recipient) {
    return Optional.ofNullable(inboxes.get(recipient)).map(Inbox::newestFirst).orElse(List.of());
  }

  /**
   * The run's incidents as exercise control sees them ({@code certId} null), or as that CERT does
   * ({@link IncidentBoard#of}): what the page shows, for the readers of a run outside the
   * dashboard.
   */
  public List<IncidentView> incidentsSeenBy(String certId) {
    IncidentBoard incidents = play.situation().incidents();
    return certId == null ? incidents.all() : incidents.of(certId);
  }

  /**
   * The attribution toolbox as exercise control sees it ({@code certId} null), or as that CERT does
   * ({@link TeamSight#attribution}): what the page shows, for the readers of a run outside the
   * dashboard.
   */
  public AttributionPicture attributionSeenBy(String certId) {
    AttributionBoard attribution = play.situation().attribution();
    return certId == null ? attribution.whole() : attribution.of(certId, countryOf(certId));
  }

  /** The outcomes of {@code requester}'s requests, newest first, and of no one else's. */
  List<RequestOutcome> outcomesOf(String requester) {
    return Optional.ofNullable(outcomes.get(requester))
        .map(RequestOutcomes::newestFirst)
        .orElse(List.of());
  }

  /**
   * What a team acting as {@code certId} on {@code alertId} may be checked against; a null {@code
   * alertId} (an action on no alert) is held by nobody.
   */
  Optional<ActingGround> actingGround(String certId, String alertId) {
    if (RunView.UNANNOUNCED.equals(view.status())) {
      return Optional.empty();
    }
    boolean holds = alertId != null && holdings.holds(certId, alertId);
    Set<String> participants =
        view.participants().stream().map(ParticipantView::id).collect(Collectors.toSet());
    return Optional.of(
        new ActingGround(participants, holds, scenarioNow(certId), partitions, view.status()));
  }

  /**
   * Whether a team acting as {@code certId} may name {@code incidentId}: an incident it sees, or an
   * alert it holds (a NIS2 clock's incident is the entity's alert).
   */
  boolean mayNameIncident(String certId, String incidentId) {
    return holdings.holds(certId, incidentId)
        || play.situation().incidents().sees(certId, incidentId);
  }

  /**
   * The run's scenario time for a team acting as {@code certId}: the engine's, from its latest
   * record on the run's control topic (a tick, or a request it applied), so at most one tick
   * interval behind the engine's clock while the run runs, and exact while it is paused; never
   * before the latest delivery to that CERT, so an action never predates the alert it acts on (a
   * delivery between two ticks is the team's own, and tells it nothing of others). For a run whose
   * control topic holds no engine record (recorded by a certex that did not publish ticks), the
   * latest scenario time of the run's deliveries and request decisions, or the scenario's start
   * before any: that lags the engine by the time since the run's last sharing activity.
   */
  Instant scenarioNow(String certId) {
    Instant start = view.scenarioStart();
    Instant guess = engineTime != null ? engineTime : latestScenarioTime;
    Instant own = latestDeliveryTo.get(certId);
    if (engineTime != null && own != null && own.isAfter(guess)) {
      guess = own;
    }
    if (guess == null) {
      return start;
    }
    return start == null || guess.isAfter(start) ? guess : start;
  }

  /** The engine said where the run's clock stands: everyone's page shows it. */
  List<ViewChange> clock(ClockReported clock) {
    if (engineTime == null || clock.scenarioTime().isAfter(engineTime)) {
      engineTime = clock.scenarioTime();
    }
    latestClock = clock;
    return List.of(new ClockMoved(view.runId(), clock()));
  }

  /** The MSEL and whether the run is held before STARTEX, from the run's record. */
  List<ViewChange> plan(MselPlanned planned) {
    heldByRecord = planned.held();
    play.msel().plan(planned.msel());
    return List.of();
  }

  List<ViewChange> record(RunRecorded run) {
    view = view.recordedAs(run);
    partitions = run.partitions();
    return List.of(new RunChanged(view));
  }

  List<ViewChange> deliver(AlertDelivered delivered) {
    DeliveryView delivery = delivered.delivery();
    if (!holdings.firstSeen(delivery)) {
      return List.of();
    }
    passTime(delivery.deliveredAt());
    if (delivery.deliveredAt() != null) {
      latestDeliveryTo.merge(delivery.recipient(), delivery.deliveredAt(), RunLedger::later);
    }
    boolean firstCopy = !holdings.received(delivery.recipient(), delivery.alertId());
    holdings.delivered(delivery);
    List<ViewChange> changes = new ArrayList<>(3);
    Inbox inbox = inboxes.get(delivery.recipient());
    if (inbox == null) {
      inbox = new Inbox(capacity);
      inboxes.put(delivery.recipient(), inbox);
      view = view.withRecipients(List.copyOf(inboxes.keySet()));
      changes.add(new RunTallied(view));
    }
    inbox.add(delivery);
    changes.add(new DeliveryAdded(view.runId(), delivery));
    play.situation().delivered(delivery.recipient(), delivery.alertId()).ifPresent(changes::add);
    if (firstCopy) {
      changes.addAll(play.situation().clocksNowSeenBy(delivery.recipient(), delivery.alertId()));
    }
    return changes;
  }

  List<ViewChange> decide(RequestDecided decided) {
    RequestOutcome outcome = decided.outcome();
    if (!actionIds.add(outcome.actionId())) {
      return List.of();
    }
    passTime(outcome.decidedAt());
    outcomes
        .computeIfAbsent(outcome.requestedBy(), r -> new RequestOutcomes(capacity))
        .add(outcome);
    return List.of(new OutcomeAdded(view.runId(), outcome));
  }

  List<ViewChange> reportPipeline(PipelineReported reported) {
    view = view.withPipeline(reported.pipeline());
    return List.of(new RunChanged(view));
  }

  List<ViewChange> deadLetter(DeadLettered deadLettered) {
    view = view.deadLettered(deadLettered.reason());
    return List.of(new RunTallied(view), play.deadLetter(deadLettered));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private void passTime(Instant scenarioTime) {
    if (scenarioTime != null
        && (latestScenarioTime == null || scenarioTime.isAfter(latestScenarioTime))) {
      latestScenarioTime = scenarioTime;
    }
  }
}
