package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ActionType;
import org.certex.avro.Delivery;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentEvent;
import org.certex.avro.SharingDecision;
import org.certex.avro.SituationSettings;
import org.certex.avro.TraineeAction;
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
 * A run's pipeline of sharing and incidents under {@link TopologyTestDriver}, with explicit naming
 * of internal resources enforced as in a run: alerts and actions in; incidents, the alerts topic's
 * notices, decisions, deliveries and dead letters out.
 */
final class IncidentsPipeline implements AutoCloseable {

  final RunTopics topics = TopicCatalogue.forRun(IncidentScene.RUN, 3);
  final Topology topology;
  final TopologyTestDriver driver;
  final TestInputTopic<String, IncidentAlert> alerts;
  final TestInputTopic<String, TraineeAction> actions;
  final TestOutputTopic<String, Incident> incidents;
  final TestOutputTopic<String, IncidentAlert> notices;
  final TestOutputTopic<String, SharingDecision> decisions;
  final TestOutputTopic<String, Delivery> deliveries;
  final TestOutputTopic<byte[], byte[]> deadLetters;
  private int actionCount;

  IncidentsPipeline() {
    this(IncidentScene.ROSTER, SituationSettings.newBuilder().build(), IncidentLimits.DEFAULTS);
  }

  IncidentsPipeline(List<Party> roster, SituationSettings situation, IncidentLimits limits) {
    RunSetup setup =
        new RunSetup(topics, roster, new Tlp2Policy(SharingRules.EU_DEFAULTS), situation);
    topology =
        RunPipeline.compose(setup, List.of(new SharingTopology(), new IncidentsTopology(limits)));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "incidents-pipeline-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringDeserializationHandler.class);
    props.put(
        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
    driver = new TopologyTestDriver(topology, props);
    alerts = input(topics.alerts());
    actions = input(topics.actions());
    incidents = output(topics.incidents());
    notices = output(topics.alerts());
    decisions = output(topics.decisions());
    deliveries = output(topics.deliveries());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  void publish(IncidentAlert... published) {
    for (IncidentAlert alert : published) {
      alerts.pipeInput(alert.getAlertId(), alert, alert.getReportedAt());
    }
  }

  /** A large-scale declaration by {@code actor}, keyed as the dashboard keys actions. */
  TraineeAction declare(String actor, String incidentId, String alertId, Instant at) {
    TraineeAction action =
        TraineeAction.newBuilder()
            .setActionId("action-" + ++actionCount)
            .setRunId(IncidentScene.RUN)
            .setActor(actor)
            .setType(ActionType.ESCALATE)
            .setEscalation(EscalationLevel.LARGE_SCALE)
            .setIncidentId(incidentId)
            .setAlertId(alertId)
            .setAt(at)
            .build();
    act(action);
    return action;
  }

  void act(TraineeAction action) {
    String key = action.getAlertId() != null ? action.getAlertId() : action.getActionId();
    actions.pipeInput(key, action, action.getAt());
  }

  /** Every incident record written so far, in order. */
  List<TestRecord<String, Incident>> incidentRecords() {
    return incidents.readRecordsToList();
  }

  /** Folds incident records as a reader does: the latest of each id, merged ones gone. */
  static Map<String, Incident> fold(List<TestRecord<String, Incident>> records) {
    Map<String, Incident> view = new TreeMap<>();
    for (TestRecord<String, Incident> record : records) {
      Incident incident = record.value();
      if (incident.getEvent() == IncidentEvent.MERGED) {
        view.remove(record.key());
      } else {
        view.put(record.key(), incident);
      }
    }
    return view;
  }

  private <V> TestInputTopic<String, V> input(TopicSpec<String, V> spec) {
    return driver.createInputTopic(
        spec.name(), spec.keySerde().serializer(), spec.valueSerde().serializer());
  }

  private <V> TestOutputTopic<String, V> output(TopicSpec<String, V> spec) {
    return driver.createOutputTopic(
        spec.name(), spec.keySerde().deserializer(), spec.valueSerde().deserializer());
  }

  @Override
  public void close() {
    driver.close();
  }
}
