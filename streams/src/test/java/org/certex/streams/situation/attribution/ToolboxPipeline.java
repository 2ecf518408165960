package org.certex.streams.situation.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.AttributionRecord;
import org.certex.avro.Confidence;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.IncidentAlert;
import org.certex.avro.SharingDecision;
import org.certex.avro.SituationSettings;
import org.certex.avro.Tlp;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxVote;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.certex.streams.deadletter.DeadLetteringDeserializationHandler;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.certex.streams.topology.SharingTopology;

/**
 * A run's pipeline of sharing and attribution under {@link TopologyTestDriver}, as {@code RunParts}
 * composes it: actions and engine ticks in; attribution records, the outcome notices on the alerts
 * topic, decisions, deliveries and dead letters out. Actions are keyed by action id, as the
 * dashboard keys an action that names no alert.
 */
final class ToolboxPipeline implements AutoCloseable {

  static final Instant T0 = Instant.parse("2025-03-04T08:00:00Z");
  static final String RUN = "eu-toolbox-test";

  /** Five member states' ministries (their representatives by default) and some others. */
  static final List<Party> ROSTER =
      List.of(
          Party.of("MFA-PL", "PL", "ministry", true),
          Party.of("MFA-EE", "EE", "ministry", true),
          Party.of("MFA-LT", "LT", "ministry", true),
          Party.of("AA-DE", "DE", "ministry", true),
          Party.of("MFA-PT", "PT", "ministry", true),
          Party.of("CERT-PL", "PL", "national-csirt", true),
          Party.of("CERT-EU", "EU", "cert-eu", true),
          Party.of("COUNCIL-SEC", "EU", "other", true),
          Party.of("CERT-RS", "RS", "national-csirt", false));

  final RunTopics topics = TopicCatalogue.forRun(RUN, 1);
  private final Path stateDir = stateDirectory();
  final Topology topology;
  final TopologyTestDriver driver;
  final TestInputTopic<String, TraineeAction> actions;
  final TestInputTopic<String, ExerciseControl> control;
  final TestOutputTopic<String, AttributionRecord> attribution;
  final TestOutputTopic<String, IncidentAlert> alerts;
  final TestOutputTopic<String, SharingDecision> decisions;
  final TestOutputTopic<String, Delivery> deliveries;
  final TestOutputTopic<byte[], byte[]> deadLetters;
  private int actionCount;

  ToolboxPipeline() {
    this(SituationSettings.newBuilder().build());
  }

  ToolboxPipeline(SituationSettings situation) {
    this(situation, ROSTER);
  }

  ToolboxPipeline(SituationSettings situation, List<Party> roster) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "toolbox-pipeline-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    // A state directory of its own: two drivers may be open at once, and other builds share /tmp.
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringDeserializationHandler.class);
    props.put(
        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
    topology =
        RunPipeline.compose(
            new RunSetup(topics, roster, new Tlp2Policy(SharingRules.EU_DEFAULTS), situation),
            List.of(new SharingTopology(), new AttributionTopology()));
    driver = new TopologyTestDriver(topology, props, T0);
    actions = input(topics.actions());
    control = input(topics.control());
    attribution = output(topics.attribution());
    alerts = output(topics.alerts());
    decisions = output(topics.decisions());
    deliveries = output(topics.deliveries());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static Path stateDirectory() {
    try {
      return Files.createTempDirectory("toolbox-pipeline-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <V> TestInputTopic<String, V> input(TopicSpec<String, V> spec) {
    return driver.createInputTopic(
        spec.name(), spec.keySerde().serializer(), spec.valueSerde().serializer());
  }

  private <V> TestOutputTopic<String, V> output(TopicSpec<String, V> spec) {
    return driver.createOutputTopic(
        spec.name(), spec.keySerde().deserializer(), spec.valueSerde().deserializer());
  }

  static Instant at(Duration sinceStart) {
    return T0.plus(sinceStart);
  }

  TraineeAction.Builder action(String actor, ActionType type, Instant at) {
    return TraineeAction.newBuilder()
        .setActionId("action-" + ++actionCount)
        .setRunId(RUN)
        .setActor(actor)
        .setType(type)
        .setAt(at);
  }

  private Instant latest = T0;

  void send(TraineeAction action) {
    if (action.getAt().isAfter(latest)) {
      latest = action.getAt();
    }
    actions.pipeInput(action.getActionId(), action, action.getAt());
  }

  /**
   * The engine's clock just past every action sent so far: the toolbox takes actions in time order
   * as the clock passes them (TimeOrderedRepartition), so a test reads what they gave after this.
   */
  void passTime() {
    tick(latest.plusMillis(1));
  }

  /** What the toolbox recorded of the actions sent so far, once the clock has passed them. */
  java.util.List<org.apache.kafka.streams.test.TestRecord<String, AttributionRecord>> passed() {
    passTime();
    return attribution.readRecordsToList();
  }

  void assess(
      String actor,
      String subject,
      String suspect,
      Confidence confidence,
      Tlp label,
      String evidence,
      Instant at) {
    send(
        action(actor, ActionType.ATTRIBUTE, at)
            .setAssessment(
                AttributionAssessment.newBuilder()
                    .setSubject(subject)
                    .setActor(suspect)
                    .setConfidence(confidence)
                    .setEvidenceLabel(label)
                    .setEvidence(evidence)
                    .build())
            .build());
  }

  void assess(String actor, String subject, String suspect, Confidence confidence, Instant at) {
    assess(actor, subject, suspect, confidence, null, "", at);
  }

  void propose(String actor, String id, DecisionProcedure procedure, Instant deadline, Instant at) {
    send(
        action(actor, ActionType.PROPOSE, at)
            .setProposal(
                ToolboxProposal.newBuilder()
                    .setProposalId(id)
                    .setMeasure(ToolboxMeasure.RESTRICTIVE_MEASURES)
                    .setSubject("GREY-HERON")
                    .setActor("Unit 000")
                    .setProcedure(procedure)
                    .setDeadline(deadline)
                    .build())
            .build());
  }

  void vote(String actor, String proposalId, VoteChoice choice, Instant at) {
    send(
        action(actor, ActionType.VOTE, at)
            .setVote(ToolboxVote.newBuilder().setProposalId(proposalId).setChoice(choice).build())
            .build());
  }

  /** An engine tick at {@code at}, as the exercise engine writes it to the control topic. */
  void tick(Instant at) {
    control.pipeInput(
        RUN,
        ExerciseControl.newBuilder()
            .setRunId(RUN)
            .setCommand(ControlCommand.TICK)
            .setOrigin(ControlOrigin.ENGINE)
            .setIssuedBy("engine")
            .setScenarioTime(at)
            .build(),
        at);
  }

  /** Ticks every {@code step} from {@code from} to {@code to}, both included. */
  void ticks(Instant from, Instant to, Duration step) {
    for (Instant t = from; !t.isAfter(to); t = t.plus(step)) {
      tick(t);
    }
  }

  @Override
  public void close() {
    driver.close();
    try (Stream<Path> left = Files.walk(stateDir)) {
      left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
