package org.certex.streams.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.IncidentAlert;
import org.certex.avro.TraineeAction;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import org.certex.streams.policy.Party;

/**
 * The builder of one run's pipeline and the inputs its topologies share. Each input topic has one
 * named source, made when a topology first asks for it; every topology adds its own nodes to the
 * same builder ({@link RunTopology}), and {@link #compose} builds them into one {@link Topology}.
 *
 * <pre>
 * alerts-source -> check-alert -> alert-valid -> valid-alert            ({@link #validAlerts})
 *                              -> alert-invalid -> dead-letter-invalid-alert -> dead letters
 * actions-source                                                       ({@link #actions})
 * control-source -> engine-ticks -> clock-ticks (repartition, to every partition)  ({@link #ticks})
 * dead letters of every topology -> dead-letters -> dead-letters-sink
 * </pre>
 *
 * <p>Clock ticks come from the exercise engine on the single-partition control topic. A task of a
 * run's pipeline holds one partition of each keyed topic, so the ticks are copied to every
 * partition of the named {@value #CLOCK_TICKS} repartition topic: every task sees scenario time
 * pass, and a deadline fires even when nothing else happens.
 */
public final class RunPipeline {

  public static final String CLOCK_TICKS = "clock-ticks";

  private final StreamsBuilder builder = new StreamsBuilder();
  private final RunSetup setup;
  private final List<KStream<byte[], byte[]>> deadLetters = new ArrayList<>();
  private KStream<String, IncidentAlert> validAlerts;
  private KStream<String, TraineeAction> actions;
  private KStream<String, ExerciseControl> ticks;

  RunPipeline(RunSetup setup) {
    this.setup = setup;
  }

  /** The run's topology: every part added, in order, to one builder. */
  public static Topology compose(RunSetup setup, List<? extends RunTopology> parts) {
    RunPipeline pipeline = new RunPipeline(setup);
    parts.forEach(part -> part.addTo(pipeline));
    return pipeline.build();
  }

  public StreamsBuilder builder() {
    return builder;
  }

  public RunSetup setup() {
    return setup;
  }

  public RunTopics topics() {
    return setup.topics();
  }

  /**
   * The run's alerts that pass {@link AlertCheck}; the others go to the dead-letter topic with
   * their reasons. Keyed by alert id.
   */
  public KStream<String, IncidentAlert> validAlerts() {
    if (validAlerts == null) {
      Set<String> participants = setup.roster().stream().map(Party::id).collect(Collectors.toSet());
      AlertCheck check = new AlertCheck(setup.runId(), participants, setup.scenarioStart());
      TopicSpec<String, IncidentAlert> alerts = topics().alerts();
      Map<String, KStream<String, Checked<IncidentAlert>>> checked =
          source(alerts, "alerts-source")
              .processValues(
                  () -> new TimedCheck<IncidentAlert>(check::problems), Named.as("check-alert"))
              .split(Named.as("alert-"))
              .branch((key, alert) -> alert.valid(), Branched.as("valid"))
              .defaultBranch(Branched.as("invalid"));
      deadLetter(
          checked.get("alert-invalid"),
          alerts.name(),
          AvroSerde.of(IncidentAlert.class)::encodeUnbounded,
          "dead-letter-invalid-alert");
      validAlerts = checked.get("alert-valid").mapValues(Checked::value, Named.as("valid-alert"));
    }
    return validAlerts;
  }

  /**
   * Every record of the run's actions topic, as it arrives (a record without a value included: each
   * topology checks the actions it takes and dead-letters the bad ones).
   */
  public KStream<String, TraineeAction> actions() {
    if (actions == null) {
      TopicSpec<String, TraineeAction> spec = topics().actions();
      actions =
          refusedTimes(
              source(spec, "actions-source"),
              spec.name(),
              AvroSerde.of(TraineeAction.class)::encodeUnbounded,
              "action",
              (key, action) -> actionPastHorizon(action));
    }
    return actions;
  }

  /**
   * The exercise engine's clock ticks, copied to every partition of the run's keyed topics; the key
   * is the run id. A tick's timestamp is the scenario time it marks. Requests from exercise control
   * never tick: only the engine says what time it is.
   */
  public KStream<String, ExerciseControl> ticks() {
    if (ticks == null) {
      TopicSpec<String, ExerciseControl> control = topics().control();
      ticks =
          refusedTimes(
                  source(control, "control-source"),
                  control.name(),
                  AvroSerde.of(ExerciseControl.class)::encodeUnbounded,
                  "control",
                  (key, c) -> List.of())
              .filter((key, c) -> isTick(c), Named.as("engine-ticks"))
              .selectKey((key, c) -> setup.runId(), Named.as("ticks-of-run"))
              .repartition(
                  Repartitioned.<String, ExerciseControl>as(CLOCK_TICKS)
                      .withKeySerde(Serdes.String())
                      .withValueSerde(control.valueSerde())
                      .withNumberOfPartitions(topics().alerts().partitions())
                      .withStreamPartitioner(new EveryPartition<>()));
    }
    return ticks;
  }

  static boolean isTick(ExerciseControl c) {
    return c != null
        && c.getCommand() == ControlCommand.TICK
        && c.getOrigin() == ControlOrigin.ENGINE;
  }

  /**
   * One of the run's input topics, each record at its own time if kept ({@link HorizonTimestamps}).
   */
  private <V> KStream<String, V> source(TopicSpec<String, V> spec, String name) {
    return builder.stream(
        spec.name(),
        Consumed.with(spec.keySerde(), spec.valueSerde())
            .withTimestampExtractor(new HorizonTimestamps(setup.scenarioStart()))
            .withName(name));
  }

  /**
   * An action's own time past the run's horizon, whatever its type: refused here once for every
   * topology that takes actions (a report dated in the year 9999 would be late by millennia).
   */
  private List<String> actionPastHorizon(TraineeAction action) {
    String late =
        action == null
            ? null
            : RecordLimits.pastHorizon("at", action.getAt(), setup.scenarioStart());
    return late == null ? List.of() : List.of(late);
  }

  /**
   * The records of {@code source} whose own time was kept ({@link HorizonTimestamps}) and that pass
   * {@code check}; the others go to the dead-letter topic with the reasons, once for every topology
   * that reads the topic.
   */
  private <V> KStream<String, V> refusedTimes(
      KStream<String, V> source,
      String topic,
      Function<V, byte[]> encoder,
      String name,
      BiFunction<String, V, List<String>> check) {
    Map<String, KStream<String, Checked<V>>> timed =
        source
            .processValues(() -> new TimedCheck<V>(check), Named.as(name + "-time"))
            .split(Named.as(name + "-time-"))
            .branch((key, checked) -> checked.valid(), Branched.as("kept"))
            .defaultBranch(Branched.as("refused"));
    deadLetter(timed.get(name + "-time-refused"), topic, encoder, "dead-letter-" + name + "-time");
    return timed.get(name + "-time-kept").mapValues(Checked::value, Named.as(name + "-timed"));
  }

  /**
   * Sends a topology's invalid records to the run's dead-letter topic, re-encoded with their
   * reasons ({@link DeadLetter}); {@code name} names the node.
   */
  public <V> void deadLetter(
      KStream<String, Checked<V>> invalid,
      String sourceTopic,
      Function<V, byte[]> encoder,
      String name) {
    deadLetters(invalid.process(() -> new DeadLetter<>(encoder, sourceTopic), Named.as(name)));
  }

  /** Records already in dead-letter form, for the run's dead-letter topic. */
  public void deadLetters(KStream<byte[], byte[]> letters) {
    deadLetters.add(letters);
  }

  Topology build() {
    Optional<KStream<byte[], byte[]>> all = Optional.empty();
    for (int i = 0; i < deadLetters.size(); i++) {
      KStream<byte[], byte[]> next = deadLetters.get(i);
      all =
          Optional.of(
              all.isEmpty() ? next : all.get().merge(next, Named.as("dead-letters-" + (i + 1))));
    }
    all.ifPresent(
        letters ->
            letters.to(
                topics().deadLetters().name(),
                Produced.with(
                        topics().deadLetters().keySerde(), topics().deadLetters().valueSerde())
                    .withName("dead-letters-sink")));
    return builder.build();
  }

  /** Sends each record to every partition: a broadcast, for the clock ticks. */
  private static final class EveryPartition<K, V> implements StreamPartitioner<K, V> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, K key, V value, int numPartitions) {
      return Optional.of(
          IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet()));
    }
  }
}
