package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.AttributionSubjectState;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.TraineeAction;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RunTopics;
import org.certex.streams.policy.Party;
import org.certex.streams.topology.Checked;
import org.certex.streams.topology.Ordered;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.certex.streams.topology.RunTopology;
import org.certex.streams.topology.TimeOrderedRepartition;

/**
 * The EU cyber diplomacy toolbox of one run: attribution assessments, coordinated attribution,
 * proposals and votes in (the run's actions of type ATTRIBUTE, PROPOSE, VOTE); {@code
 * AttributionRecord}s on {@code certex.<run>.attribution} and each outcome's TLP:CLEAR notice on
 * the run's alerts topic (which the sharing topology decides and delivers) out.
 *
 * <pre>
 * actions-source -> attribution-action-types -> check-attribution-action
 *     -> attribution-action-invalid -> dead-letter-invalid-attribution-action -> dead letters
 *     -> attribution-action-valid -> valid-attribution-action
 *        + clock-ticks -> attribution-rekeyed (TimeOrderedRepartition, by subject or proposal id)
 *        -> attribution-rekeyed-in-time-order: actions in scenario-time order, then watermarks
 *        -> attribution-assessments -> assessment -> assess-attribution* ---------+
 *        -> attribution-proposals-and-votes -> proposal-vote-or-time              |
 *                                           -> decide-proposals** ---------------+
 * attribution-records (both) -> attribution-sink
 * decide-proposals -> attribution-outcomes -> outcome-notice -> outcome-notices-sink (alerts)
 * </pre>
 *
 * <p>(*) {@value #SUBJECTS_STORE}: each subject's standing national assessments. (**) {@value
 * #PROPOSALS_STORE} (each proposal, its standing votes and outcome) and {@value #DEADLINES_STORE}
 * (open proposals by deadline). Actions are keyed by alert or action id, so the valid ones are
 * re-keyed, assessments by subject and proposals and votes by proposal id, through the one named
 * repartition topic {@value #REKEYED}, with as many partitions as the run's topics. A repartition
 * topic mixes what several upstream tasks write as far as each has got, so the engine's ticks go
 * through it too and {@link TimeOrderedRepartition} hands the actions on in scenario-time order as
 * every upstream task's clock passes them, then the watermark, which decides proposals at their
 * deadline even when nothing else happens: the same actions give the same records, however the
 * tasks interleave. A record without a value is the sharing topology's to dead-letter.
 */
public final class AttributionTopology implements RunTopology {

  public static final String SUBJECTS_STORE = "attribution-subjects";
  public static final String PROPOSALS_STORE = "attribution-proposals";
  public static final String DEADLINES_STORE = "attribution-deadlines";
  public static final String REKEYED = "attribution-rekeyed";

  @Override
  public void addTo(RunPipeline pipeline) {
    RunSetup setup = pipeline.setup();
    RunTopics topics = setup.topics();
    AttributionSettings settings = AttributionSettings.of(setup.situation(), setup.roster());
    AttributionRecords records = new AttributionRecords(setup.runId());
    addStores(pipeline.builder());

    KStream<String, Ordered<TraineeAction>> ordered =
        TimeOrderedRepartition.of(
            pipeline,
            checked(pipeline, setup),
            AttributionTopology::caseKey,
            topics.actions().valueSerde(),
            REKEYED,
            topics.actions().partitions());
    KStream<String, AttributionRecord> assessed =
        ordered
            .filter((key, o) -> isAssessment(o), Named.as("attribution-assessments"))
            .mapValues(Ordered::value, Named.as("assessment"))
            .processValues(
                () -> new AssessAttribution(settings, records),
                Named.as("assess-attribution"),
                SUBJECTS_STORE);
    KStream<String, AttributionRecord> decided =
        ordered
            .filterNot((key, o) -> isAssessment(o), Named.as("attribution-proposals-and-votes"))
            .mapValues(
                o ->
                    o.isWatermark()
                        ? ProposalInput.tick(Instant.ofEpochMilli(o.time()))
                        : ProposalInput.action(o.value()),
                Named.as("proposal-vote-or-time"))
            .process(
                () -> new DecideProposals(settings, records),
                Named.as("decide-proposals"),
                PROPOSALS_STORE,
                DEADLINES_STORE);

    assessed
        .merge(decided, Named.as("attribution-records"))
        .to(
            topics.attribution().name(),
            Produced.with(topics.attribution().keySerde(), topics.attribution().valueSerde())
                .withName("attribution-sink"));
    publishOutcomes(decided, new OutcomeNotice(settings.memberStates()), topics);
  }

  private static void addStores(StreamsBuilder builder) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SUBJECTS_STORE),
            Serdes.String(),
            AvroSerde.of(AttributionSubjectState.class)));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PROPOSALS_STORE),
            Serdes.String(),
            AvroSerde.of(ToolboxProposalState.class)));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DEADLINES_STORE), Serdes.String(), Serdes.String()));
  }

  /** The toolbox's actions, checked; the malformed ones to the dead-letter topic. */
  private static KStream<String, TraineeAction> checked(RunPipeline pipeline, RunSetup setup) {
    Set<String> participants = setup.roster().stream().map(Party::id).collect(Collectors.toSet());
    AttributionActionCheck check = new AttributionActionCheck(setup.runId(), participants);
    Map<String, KStream<String, Checked<TraineeAction>>> checked =
        pipeline
            .actions()
            .filter(
                (key, action) -> AttributionActionCheck.concernsAttribution(action),
                Named.as("attribution-action-types"))
            .mapValues(
                action -> new Checked<>(action, check.problems(action)),
                Named.as("check-attribution-action"))
            .split(Named.as("attribution-action-"))
            .branch((key, action) -> action.valid(), Branched.as("valid"))
            .defaultBranch(Branched.as("invalid"));
    pipeline.deadLetter(
        checked.get("attribution-action-invalid"),
        setup.topics().actions().name(),
        AvroSerde.of(TraineeAction.class)::encodeUnbounded,
        "dead-letter-invalid-attribution-action");
    return checked
        .get("attribution-action-valid")
        .mapValues(Checked::value, Named.as("valid-attribution-action"));
  }

  private static boolean isAssessment(Ordered<TraineeAction> o) {
    return !o.isWatermark() && o.value().getType() == ActionType.ATTRIBUTE;
  }

  static String caseKey(TraineeAction action) {
    return switch (action.getType()) {
      case ATTRIBUTE -> action.getAssessment().getSubject();
      case PROPOSE -> action.getProposal().getProposalId();
      default -> action.getVote().getProposalId();
    };
  }

  /** Each outcome's public notice, to the alerts topic: the sharing topology delivers it. */
  private static void publishOutcomes(
      KStream<String, AttributionRecord> decided, OutcomeNotice notice, RunTopics topics) {
    decided
        .filter((key, record) -> isOutcome(record.getKind()), Named.as("attribution-outcomes"))
        .map(
            (key, outcome) -> KeyValue.pair(outcome.getNoticeAlertId(), notice.of(outcome)),
            Named.as("outcome-notice"))
        .to(
            topics.alerts().name(),
            Produced.with(topics.alerts().keySerde(), topics.alerts().valueSerde())
                .withName("outcome-notices-sink"));
  }

  static boolean isOutcome(AttributionEvent kind) {
    return kind == AttributionEvent.ADOPTED
        || kind == AttributionEvent.BLOCKED
        || kind == AttributionEvent.NOT_ADOPTED;
  }
}
