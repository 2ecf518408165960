package org.certex.streams.situation.clocks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ActionType;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Nis2Report;
import org.certex.avro.Pap;
import org.certex.avro.ReportingClock;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.SituationSettings;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.certex.schemas.DeadLetters;
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
 * A run's sharing and reporting-clock topologies under {@link TopologyTestDriver}, composed as a
 * run composes them: alerts, actions and the engine's ticks in; clock changes and dead letters out.
 */
final class ClocksDriver implements AutoCloseable {

  static final String RUN = "nis2-clocks-test";
  static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");

  /**
   * France: CERT-FR and an essential energy operator it serves, a sector authority; Germany:
   * CERT-Bund and a grid operator; Malta's operator has no national CSIRT in the roster.
   */
  static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-FR", "FR", "national-csirt", true).withClients("ENERGY-FR"),
          Party.of("ENERGY-FR", "FR", "operator", true),
          Party.of("AUTH-FR", "FR", "competent-authority", true),
          Party.of("CERT-BUND", "DE", "national-csirt", true).withClients("GRID-DE"),
          Party.of("GRID-DE", "DE", "operator", true),
          Party.of("WATER-MT", "MT", "operator", true),
          Party.of("ENISA", "EU", "enisa", true));

  final RunTopics topics = TopicCatalogue.forRun(RUN, 3);
  final TopologyTestDriver driver;
  private final Path stateDir = stateDir();
  private final TestInputTopic<String, IncidentAlert> alerts;
  private final TestInputTopic<String, TraineeAction> actions;
  private final TestInputTopic<String, ExerciseControl> control;
  private final TestOutputTopic<String, ReportingClock> clocks;
  private final TestOutputTopic<byte[], byte[]> deadLetters;
  private int actionCount;

  ClocksDriver() {
    this(SituationSettings.newBuilder().build(), new ReportingClocksTopology());
  }

  ClocksDriver(SituationSettings settings) {
    this(settings, new ReportingClocksTopology());
  }

  ClocksDriver(SituationSettings settings, ReportingClocksTopology clocksTopology) {
    this(settings, clocksTopology, null);
  }

  /**
   * @param scenarioStart the run's start, from which its horizon is reckoned; null: none
   */
  ClocksDriver(
      SituationSettings settings, ReportingClocksTopology clocksTopology, Instant scenarioStart) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reporting-clocks-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    // A state folder of its own: tests run two drivers side by side, and other modules' builds
    // share /tmp/kafka-streams.
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringDeserializationHandler.class);
    props.put(
        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
    RunSetup setup =
        new RunSetup(
            topics, ROSTER, new Tlp2Policy(SharingRules.EU_DEFAULTS), settings, scenarioStart);
    driver =
        new TopologyTestDriver(
            RunPipeline.compose(setup, List.of(new SharingTopology(), clocksTopology)), props, T0);
    alerts = input(topics.alerts());
    actions = input(topics.actions());
    control = input(topics.control());
    clocks =
        driver.createOutputTopic(
            topics.clocks().name(),
            topics.clocks().keySerde().deserializer(),
            topics.clocks().valueSerde().deserializer());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static Path stateDir() {
    try {
      return Files.createTempDirectory("reporting-clocks-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <V> TestInputTopic<String, V> input(TopicSpec<String, V> spec) {
    return driver.createInputTopic(
        spec.name(), spec.keySerde().serializer(), spec.valueSerde().serializer());
  }

  /** A significant incident of an essential entity, aware at {@code detected}, sent an hour on. */
  static IncidentAlert.Builder incident(String id, String entity, Instant detected) {
    return IncidentAlert.newBuilder()
        .setAlertId(id)
        .setRunId(RUN)
        .setSourceOrg(entity)
        .setSourceCountry("FR")
        .setAddressees(List.of())
        .setDetectedAt(detected)
        .setReportedAt(detected.plus(Duration.ofHours(1)))
        .setRsitClass(RsitClass.AVAILABILITY)
        .setRsitType("ddos")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.AMBER)
        .setPap(Pap.GREEN)
        .setNis2EntityType(Nis2EntityType.ESSENTIAL)
        .setSignificantIncident(true)
        .setText("incident " + id);
  }

  void publish(IncidentAlert alert) {
    alerts.pipeInput(alert.getAlertId(), alert, alert.getReportedAt());
  }

  /** The alert as a producer would write it with its record stamped {@code recordTime}. */
  void publish(IncidentAlert alert, Instant recordTime) {
    alerts.pipeInput(alert.getAlertId(), alert, recordTime);
  }

  /** The alert at its report time, with the record headers a producer gave it. */
  void publish(IncidentAlert alert, Headers headers) {
    alerts.pipeInput(new TestRecord<>(alert.getAlertId(), alert, headers, alert.getReportedAt()));
  }

  TraineeAction report(String actor, Nis2Report report, String incident, Instant at, String... to) {
    return act(action(actor, ActionType.REPORT, incident, at, to).setReport(report).build());
  }

  TraineeAction request(String actor, String incident, Instant at, String... to) {
    return act(
        action(actor, ActionType.REQUEST_REPORT, incident, at, to)
            .setReport(Nis2Report.INTERMEDIATE)
            .build());
  }

  TraineeAction.Builder action(
      String actor, ActionType type, String incident, Instant at, String... to) {
    return TraineeAction.newBuilder()
        .setActionId("action-" + ++actionCount)
        .setRunId(RUN)
        .setActor(actor)
        .setType(type)
        .setAlertId(incident)
        .setTargets(List.of(to))
        .setAt(at);
  }

  /** An action keyed by its alert id, as every producer of certex keys it, stamped at its time. */
  TraineeAction act(TraineeAction action) {
    return act(action, action.getAt());
  }

  /** The action with its record stamped {@code recordTime}, whatever time it says it was taken. */
  TraineeAction act(TraineeAction action, Instant recordTime) {
    actions.pipeInput(action.getAlertId(), action, recordTime);
    return action;
  }

  /** The engine's clock tick at {@code at}. */
  void tick(Instant at) {
    tick(at, at);
  }

  /** The engine's clock tick at {@code at}, its record stamped {@code recordTime}. */
  void tick(Instant at, Instant recordTime) {
    control.pipeInput(
        RUN,
        ExerciseControl.newBuilder()
            .setRunId(RUN)
            .setCommand(ControlCommand.TICK)
            .setOrigin(ControlOrigin.ENGINE)
            .setScenarioTime(at)
            .build(),
        recordTime);
  }

  /** Ticks every {@code step} after {@code from} up to and including {@code to}. */
  void ticks(Instant from, Instant to, Duration step) {
    for (Instant at = from.plus(step); !at.isAfter(to); at = at.plus(step)) {
      tick(at);
    }
  }

  List<TestRecord<String, ReportingClock>> clocks() {
    return clocks.readRecordsToList();
  }

  List<TestRecord<byte[], byte[]>> deadLetters() {
    return deadLetters.readRecordsToList();
  }

  static String reason(TestRecord<byte[], byte[]> deadLetter) {
    Header header = deadLetter.headers().lastHeader(DeadLetters.REASON);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
