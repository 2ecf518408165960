package org.certex.dashboard;

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
import org.certex.dashboard.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.ExerciseEvent.DeadLettered;
import org.certex.dashboard.ExerciseEvent.PipelineReported;
import org.certex.dashboard.ExerciseEvent.RequestDecided;
import org.certex.dashboard.ExerciseEvent.RunRecorded;
import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.certex.dashboard.ViewChange.OutcomeAdded;
import org.certex.dashboard.ViewChange.RunChanged;
import org.certex.dashboard.ViewChange.RunTallied;

/**
 * The folded state of one run: its view, one inbox per recipient, the outcomes of each team's
 * requests, which alerts each CERT holds, and how far its scenario clock has gone.
 *
 * <p>Every delivery id and action id ever seen is remembered (about a hundred bytes each), so a
 * redelivered record is ignored even after its entry fell off a bounded list, and so is every
 * (recipient, alert) pair, so a team may act on an alert that fell off its inbox. Known gap: for
 * runs with millions of deliveries these sets, not the inboxes, dominate memory.
 */
final class RunLedger {

  private final int capacity;
  private final Map<String, Inbox> inboxes = new TreeMap<>();
  private final Map<String, RequestOutcomes> outcomes = new HashMap<>();
  private final Map<String, Set<String>> held = new HashMap<>();
  private final Set<String> deliveryIds = new HashSet<>();
  private final Set<String> actionIds = new HashSet<>();
  private RunView view;
  private int partitions;
  private Instant latestScenarioTime;

  /**
   * @param capacity how many entries each CERT's inbox, and each team's outcomes, keep
   */
  RunLedger(String runId, int capacity) {
    this.capacity = capacity;
    this.view = RunView.unannounced(runId);
  }

  RunView view() {
    return view;
  }

  /** The inbox of {@code recipient}, newest first; empty if nothing was delivered to it. */
  List<DeliveryView> inboxOf(String recipient) {
    return Optional.ofNullable(inboxes.get(recipient)).map(Inbox::newestFirst).orElse(List.of());
  }

  /** The outcomes of {@code requester}'s requests, newest first, and of no one else's. */
  List<RequestOutcome> outcomesOf(String requester) {
    return Optional.ofNullable(outcomes.get(requester))
        .map(RequestOutcomes::newestFirst)
        .orElse(List.of());
  }

  /** What a team acting as {@code certId} on {@code alertId} may be checked against. */
  Optional<ActingGround> actingGround(String certId, String alertId) {
    if (RunView.UNANNOUNCED.equals(view.status())) {
      return Optional.empty();
    }
    boolean holds = held.getOrDefault(certId, Set.of()).contains(alertId);
    Set<String> participants =
        view.participants().stream().map(ParticipantView::id).collect(Collectors.toSet());
    return Optional.of(
        new ActingGround(participants, holds, scenarioNow(), partitions, view.status()));
  }

  /**
   * The run's scenario time as far as the fold can tell: the latest scenario time stamped on a
   * delivery or a request's decision of the run, or the scenario's start before any. The exercise
   * clock itself lives in the engine (maybe in another process) and is not on any topic the
   * dashboard reads, so this lags it by the time since the run's last sharing activity; the engine
   * still judges expectations by its own clock when an action arrives, so the lag shows in
   * timestamps only. It is never before an alert a team holds was delivered to it, so an action
   * never predates its alert. Known leak, small: the stamp tells the acting team when the run's
   * latest sharing activity happened, though not what or to whom.
   */
  Instant scenarioNow() {
    Instant start = view.scenarioStart();
    if (latestScenarioTime == null) {
      return start;
    }
    return start == null || latestScenarioTime.isAfter(start) ? latestScenarioTime : start;
  }

  List<ViewChange> record(RunRecorded run) {
    view = view.recordedAs(run);
    partitions = run.partitions();
    return List.of(new RunChanged(view));
  }

  List<ViewChange> deliver(AlertDelivered delivered) {
    DeliveryView delivery = delivered.delivery();
    if (!deliveryIds.add(delivery.deliveryId())) {
      return List.of();
    }
    passTime(delivery.deliveredAt());
    held.computeIfAbsent(delivery.recipient(), r -> new HashSet<>()).add(delivery.alertId());
    List<ViewChange> changes = new ArrayList<>(2);
    Inbox inbox = inboxes.get(delivery.recipient());
    if (inbox == null) {
      inbox = new Inbox(capacity);
      inboxes.put(delivery.recipient(), inbox);
      view = view.withRecipients(List.copyOf(inboxes.keySet()));
      changes.add(new RunTallied(view));
    }
    inbox.add(delivery);
    changes.add(new DeliveryAdded(view.runId(), delivery));
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
    return List.of(new RunTallied(view));
  }

  private void passTime(Instant scenarioTime) {
    if (scenarioTime != null
        && (latestScenarioTime == null || scenarioTime.isAfter(latestScenarioTime))) {
      latestScenarioTime = scenarioTime;
    }
  }
}
