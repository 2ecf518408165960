package org.certex.streams.situation.clocks;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.certex.avro.IncidentAlert;
import org.certex.avro.ReportingClock;
import org.certex.avro.TraineeAction;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingPolicy;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.certex.streams.topology.Checked;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.certex.streams.topology.RunTopology;

/**
 * The NIS2 Art. 23 reporting clocks of one run (docs/SITUATION.md): significant incidents, NIS2
 * reports and the engine's clock ticks in; every change of a clock out on {@code
 * certex.<run>.clocks}, keyed by incident id and stamped with the scenario time it happened at.
 *
 * <pre>
 * valid-alert -> open-reporting-clocks* -> clock-opening-changed -> opened-clock ------------+
 *                                       -> clock-opening-refused -> refused-incident         |
 *                                              -> dead-letter-refused-incident               |
 * actions-source -> clock-actions -> check-clock-action                                      |
 *     -> clock-action-valid -> valid-clock-action -> apply-report-action*                    |
 *            -> clock-report-changed -> reported-clock ----------------------------------+   |
 *            -> clock-report-refused -> refused-clock-action --+                         |   |
 *     -> clock-action-invalid -> all-invalid-clock-actions <---+                         |   |
 *            -> dead-letter-invalid-clock-action                                         |   |
 * clock-ticks -> expire-reporting-clocks* -> clock-changes (+ reported + opened) <-------+---+
 *     -> clocks-sink
 * </pre>
 *
 * <p>(*) share {@value #CLOCKS_STORE} (each clock's latest change, by incident and report) and
 * {@value #DEADLINES_STORE} (the clocks time still changes, by the instant it changes them next).
 * Alerts and actions are keyed by alert id, which is the incident id, and the ticks reach every
 * partition, so all three meet their clocks in the same task without a repartition. Nothing here
 * reads the wall clock or punctuates: output depends on the records' timestamps only.
 */
public final class ReportingClocksTopology implements RunTopology {

  public static final String CLOCKS_STORE = "reporting-clocks";
  public static final String DEADLINES_STORE = "reporting-clock-deadlines";

  /** The most incidents one task (one partition of the run) keeps clocks for. */
  static final int MAX_INCIDENTS = 10_000;

  private final int maxIncidents;

  public ReportingClocksTopology() {
    this(MAX_INCIDENTS);
  }

  /** With another bound on incidents per task (tests). */
  ReportingClocksTopology(int maxIncidents) {
    this.maxIncidents = maxIncidents;
  }

  @Override
  public void addTo(RunPipeline pipeline) {
    RunSetup setup = pipeline.setup();
    RunTopics topics = setup.topics();
    String runId = setup.runId();
    Nis2Deadlines deadlines = Nis2Deadlines.of(setup.situation());
    NationalCsirts csirts = new NationalCsirts(setup.roster(), nationalCsirtKinds(setup.policy()));
    addStores(pipeline);

    Map<String, KStream<String, ClockOutcome<IncidentAlert>>> opened =
        pipeline
            .validAlerts()
            .processValues(
                () -> new OpenReportingClocks(runId, deadlines, csirts, maxIncidents),
                Named.as("open-reporting-clocks"),
                CLOCKS_STORE,
                DEADLINES_STORE)
            .split(Named.as("clock-opening-"))
            .branch((key, outcome) -> outcome.isChange(), Branched.as("changed"))
            .defaultBranch(Branched.as("refused"));
    pipeline.deadLetter(
        opened
            .get("clock-opening-refused")
            .mapValues(ClockOutcome::refusal, Named.as("refused-incident")),
        topics.alerts().name(),
        AvroSerde.of(IncidentAlert.class)::encodeUnbounded,
        "dead-letter-refused-incident");

    Map<String, KStream<String, ClockOutcome<TraineeAction>>> reported =
        applyActions(pipeline, runId, deadlines);
    KStream<String, ReportingClock> expired =
        pipeline
            .ticks()
            .process(
                () -> new ExpireReportingClocks(runId, deadlines),
                Named.as("expire-reporting-clocks"),
                CLOCKS_STORE,
                DEADLINES_STORE);

    TopicSpec<String, ReportingClock> clocks = topics.clocks();
    expired
        .merge(
            reported
                .get("clock-report-changed")
                .mapValues(ClockOutcome::change, Named.as("reported-clock")),
            Named.as("clock-changes-reported"))
        .merge(
            opened
                .get("clock-opening-changed")
                .mapValues(ClockOutcome::change, Named.as("opened-clock")),
            Named.as("clock-changes"))
        .to(
            clocks.name(),
            Produced.with(clocks.keySerde(), clocks.valueSerde()).withName("clocks-sink"));
  }

  /**
   * The actions the clocks take, checked, then applied; what breaks a rule or finds no clock goes
   * to the dead-letter topic. Returns the outcomes of the applied ones.
   */
  private static Map<String, KStream<String, ClockOutcome<TraineeAction>>> applyActions(
      RunPipeline pipeline, String runId, Nis2Deadlines deadlines) {
    Set<String> participants =
        pipeline.setup().roster().stream().map(Party::id).collect(Collectors.toSet());
    ClockActionCheck check = new ClockActionCheck(runId, participants);
    Map<String, KStream<String, Checked<TraineeAction>>> checked =
        pipeline
            .actions()
            .filter(
                (key, action) -> ClockActionCheck.concernsClocks(action), Named.as("clock-actions"))
            .mapValues(
                (key, action) -> new Checked<>(action, check.problems(key, action)),
                Named.as("check-clock-action"))
            .split(Named.as("clock-action-"))
            .branch((key, action) -> action.valid(), Branched.as("valid"))
            .defaultBranch(Branched.as("invalid"));
    Map<String, KStream<String, ClockOutcome<TraineeAction>>> outcomes =
        checked
            .get("clock-action-valid")
            .mapValues(Checked::value, Named.as("valid-clock-action"))
            .processValues(
                () -> new ApplyReportAction(runId, deadlines),
                Named.as("apply-report-action"),
                CLOCKS_STORE,
                DEADLINES_STORE)
            .split(Named.as("clock-report-"))
            .branch((key, outcome) -> outcome.isChange(), Branched.as("changed"))
            .defaultBranch(Branched.as("refused"));
    pipeline.deadLetter(
        checked
            .get("clock-action-invalid")
            .merge(
                outcomes
                    .get("clock-report-refused")
                    .mapValues(ClockOutcome::refusal, Named.as("refused-clock-action")),
                Named.as("all-invalid-clock-actions")),
        pipeline.topics().actions().name(),
        AvroSerde.of(TraineeAction.class)::encodeUnbounded,
        "dead-letter-invalid-clock-action");
    return outcomes;
  }

  private static void addStores(RunPipeline pipeline) {
    pipeline
        .builder()
        .addStateStore(
            Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CLOCKS_STORE),
                Serdes.String(),
                AvroSerde.of(ReportingClock.class)))
        .addStateStore(
            Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DEADLINES_STORE), Serdes.String(), Serdes.String()));
  }

  /** The kinds the run's sharing rules count as a national CSIRT (the EU default otherwise). */
  static Set<String> nationalCsirtKinds(SharingPolicy policy) {
    SharingRules rules =
        policy instanceof Tlp2Policy tlp2 ? tlp2.rules() : SharingRules.EU_DEFAULTS;
    return rules.nationalCsirtKinds();
  }
}
