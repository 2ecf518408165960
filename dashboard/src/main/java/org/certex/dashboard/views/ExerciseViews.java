package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.certex.dashboard.scores.RunTally;
import org.certex.dashboard.scores.TallySignal;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.ClockReported;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.certex.dashboard.views.ExerciseEvent.PipelineReported;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.schemas.RecordLimits;

/**
 * What people see, as a fold over the runs' events: {@code views = fold(events, in order)}. The
 * same class serves live (the run feed applies events as they arrive) and replay (apply a run's
 * events from the start up to some moment), so the two cannot disagree.
 *
 * <p>One thread applies events; HTTP threads read. Methods are synchronized and reads return
 * immutable copies, so a reader never sees half an event. An event of a run not yet announced on
 * the runs topic starts an {@link RunView#UNANNOUNCED} run that its record later completes.
 */
public final class ExerciseViews {

  private static final Comparator<RunView> NEWEST_FIRST =
      Comparator.comparing(
              (RunView run) -> Optional.ofNullable(run.startedAt()).orElse(Instant.MIN))
          .thenComparing(RunView::runId)
          .reversed();

  private final int inboxCapacity;
  private final Map<String, RunLedger> runs = new HashMap<>();
  private final Map<String, RunTally> tallies = new HashMap<>();
  private final Map<String, Instant> asOf = new HashMap<>();
  private final TallySignal tallySignal;
  private final boolean tellsChanges;

  /**
   * @param inboxCapacity how many deliveries each CERT's inbox keeps in memory, and how many
   *     outcomes of its team's requests
   */
  public ExerciseViews(int inboxCapacity) {
    this(inboxCapacity, System::nanoTime);
  }

  /**
   * @param wallClock wall time in nanoseconds, as {@link System#nanoTime()}: how often a run's
   *     tally is signalled (see {@link #dueTallies()})
   */
  public ExerciseViews(int inboxCapacity, LongSupplier wallClock) {
    this(inboxCapacity, wallClock, true);
  }

  private ExerciseViews(int inboxCapacity, LongSupplier wallClock, boolean tellsChanges) {
    if (inboxCapacity < 1) {
      throw new IllegalArgumentException("inbox capacity must be at least 1, was " + inboxCapacity);
    }
    this.inboxCapacity = inboxCapacity;
    this.tallySignal = new TallySignal(wallClock);
    this.tellsChanges = tellsChanges;
  }

  /**
   * The fold for the readers of a run's log (replay, debrief, export, the dry run's summary), which
   * read the folded state and have no one to tell what each event changed: the same state as the
   * live fold's, but {@link #apply} returns no changes, and so does not work out at every delivery
   * each CERT's view of the incident the alert belongs to (the whole incident rebuilt, for live
   * streams only; a million-alert run's read spent most of its time there). The reads ({@code
   * incidents().of(cert)} and the others) work views out when asked, as they do live.
   */
  public static ExerciseViews forReading(int inboxCapacity) {
    return new ExerciseViews(inboxCapacity, System::nanoTime, false);
  }

  /**
   * Folds one event in at its scenario time and says what changed; the run's {@link #asOf} moves on
   * to that time if it is later.
   */
  public synchronized List<ViewChange> apply(StampedEvent stamped) {
    if (withinHorizon(stamped)) {
      asOf.merge(stamped.runId(), stamped.at(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return apply(stamped.event());
  }

  /**
   * Whether the record's time is within its run's horizon ({@link RecordLimits#pastRecordHorizon}:
   * a year and a day after its start, or a day after now if that is later). Anyone who may write an
   * input topic can stamp a record in the year 9999: the pipeline dead-letters it, but the fold
   * reads the raw actions and control topics too, and such a time must not become the moment the
   * run stands at (the end of its replay, the date of its debrief).
   */
  private boolean withinHorizon(StampedEvent stamped) {
    RunLedger run = runs.get(stamped.runId());
    Instant start = run == null || run.view() == null ? null : run.view().scenarioStart();
    return RecordLimits.pastRecordHorizon(stamped.at(), start, Instant.now()) == null;
  }

  /**
   * The scenario time of the latest event folded in for a run (through {@link
   * #apply(StampedEvent)}): the moment the folded state stands at.
   */
  public synchronized Optional<Instant> asOf(String runId) {
    return Optional.ofNullable(asOf.get(runId));
  }

  /**
   * Folds one event in and says what changed (nothing, for a delivery seen before; nothing ever,
   * for a fold {@link #forReading}).
   */
  public synchronized List<ViewChange> apply(ExerciseEvent event) {
    List<ViewChange> changes = fold(event);
    return tellsChanges ? changes : List.of();
  }

  private List<ViewChange> fold(ExerciseEvent event) {
    RunLedger run =
        runs.computeIfAbsent(event.runId(), id -> new RunLedger(id, inboxCapacity, tellsChanges));
    tally(event);
    if (event instanceof RunRecorded recorded) {
      return run.record(recorded);
    }
    if (event instanceof AlertDelivered delivered) {
      return run.deliver(delivered);
    }
    if (event instanceof RequestDecided decided) {
      return run.decide(decided);
    }
    if (event instanceof PipelineReported reported) {
      return run.reportPipeline(reported);
    }
    if (event instanceof ClockReported clock) {
      return run.clock(clock);
    }
    if (event instanceof DeadLettered deadLettered) {
      return run.deadLetter(deadLettered);
    }
    if (event instanceof MselPlanned planned) {
      return run.plan(planned);
    }
    return run.play().apply(event).stream().map(change -> addressed(run, change)).toList();
  }

  /** A coordinated attribution is news for the participants of the states that are part of it. */
  private static ViewChange addressed(RunLedger run, ViewChange change) {
    if (change instanceof ViewChange.AttributionAdded added) {
      return new ViewChange.AttributionAdded(
          added.runId(), added.record(), run.participantsOf(added.record().memberStates()));
    }
    return change;
  }

  /**
   * Answers a query of one run's folded state, under the same lock as the fold: {@code query} must
   * return what it read as copies (the folded state's own lists do).
   *
   * @return empty if the run is unknown
   */
  public synchronized <T> Optional<T> read(String runId, Function<RunLedger, T> query) {
    return Optional.ofNullable(runs.get(runId)).map(query);
  }

  private void tally(ExerciseEvent event) {
    if (tallies.computeIfAbsent(event.runId(), id -> new RunTally()).apply(event)) {
      tallySignal.changed(event.runId());
    }
  }

  /**
   * Reads a run's scores or situation picture with {@code read} (e.g. {@link RunTally#scores}),
   * under the fold's lock so that it never sees half an event; {@code read} must return an
   * immutable view.
   *
   * @return empty if the run is unknown
   */
  public synchronized <T> Optional<T> tallyOf(String runId, Function<RunTally, T> read) {
    return Optional.ofNullable(tallies.get(runId)).map(read);
  }

  /**
   * A {@link ViewChange.Tallied} for each run whose tally changed since it was last told, at most
   * one per run and second of wall time; to be called now and then (the dashboard does four times a
   * second) so that the last change of a burst is told too.
   */
  public synchronized List<ViewChange> dueTallies() {
    return tallySignal.due();
  }

  /** Every run, the most recently started first. */
  synchronized List<RunView> runs() {
    return runs.values().stream().map(RunLedger::view).sorted(NEWEST_FIRST).toList();
  }

  /** The runs whose sharing pipeline last reported FAILED, by id. */
  public synchronized List<String> failedPipelines() {
    return runs.values().stream()
        .map(RunLedger::view)
        .filter(run -> run.pipeline() != null && run.pipeline().failed())
        .map(RunView::runId)
        .sorted()
        .toList();
  }

  public synchronized Optional<RunView> run(String runId) {
    return Optional.ofNullable(runs.get(runId)).map(RunLedger::view);
  }

  /**
   * What the policy delivered to {@code recipient} in a run, newest first, and nothing else: the
   * inboxes are kept apart by recipient from the moment a delivery is folded in.
   *
   * @return empty if the run is unknown; an empty list if nothing reached the recipient yet
   */
  synchronized Optional<List<DeliveryView>> inbox(String runId, String recipient) {
    return Optional.ofNullable(runs.get(runId)).map(run -> run.inboxOf(recipient));
  }

  /**
   * The outcomes of the requests {@code requester}'s team made in a run, newest first, and of no
   * other team's: a decision names an alert that another team may not hold.
   *
   * @return empty if the run is unknown; an empty list if the team asked nothing yet
   */
  synchronized Optional<List<RequestOutcome>> outcomes(String runId, String requester) {
    return Optional.ofNullable(runs.get(runId)).map(run -> run.outcomesOf(requester));
  }

  /**
   * Whether a team acting as {@code certId} in a run may name {@code incidentId}: an incident it
   * sees or an alert it holds; false if the run is unknown.
   */
  public synchronized boolean mayNameIncident(String runId, String certId, String incidentId) {
    RunLedger run = runs.get(runId);
    return run != null && run.mayNameIncident(certId, incidentId);
  }

  /**
   * What a team acting as {@code certId} on {@code alertId} in a run is checked against.
   *
   * @return empty if the run is unknown or not recorded on the runs topic yet
   */
  public synchronized Optional<ActingGround> actingGround(
      String runId, String certId, String alertId) {
    return Optional.ofNullable(runs.get(runId)).flatMap(run -> run.actingGround(certId, alertId));
  }
}
