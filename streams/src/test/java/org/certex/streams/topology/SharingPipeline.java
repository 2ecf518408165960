package org.certex.streams.topology;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.certex.avro.ActionType;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.SharingDecision;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.deadletter.DeadLetteringDeserializationHandler;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;

/**
 * The sharing topology of one run under {@link TopologyTestDriver}, with the run's topics as test
 * topics: alerts and actions in; decisions, deliveries and dead letters out.
 */
final class SharingPipeline implements AutoCloseable {

  final RunTopics topics;
  final TopologyTestDriver driver;
  final TestInputTopic<String, IncidentAlert> alerts;
  final TestInputTopic<String, TraineeAction> actions;
  final TestOutputTopic<String, SharingDecision> decisions;
  final TestOutputTopic<String, Delivery> deliveries;
  final TestOutputTopic<byte[], byte[]> deadLetters;
  private int actionCount;

  SharingPipeline(String runId, List<Party> roster) {
    topics = TopicCatalogue.forRun(runId, 3);
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sharing-pipeline-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringDeserializationHandler.class);
    props.put(
        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
    driver =
        new TopologyTestDriver(
            SharingTopology.build(topics, roster, new Tlp2Policy(SharingRules.EU_DEFAULTS)), props);
    alerts = input(driver, topics.alerts().name(), topics.alerts());
    actions = input(driver, topics.actions().name(), topics.actions());
    decisions =
        driver.createOutputTopic(
            topics.decisions().name(),
            topics.decisions().keySerde().deserializer(),
            topics.decisions().valueSerde().deserializer());
    deliveries =
        driver.createOutputTopic(
            topics.deliveries().name(),
            topics.deliveries().keySerde().deserializer(),
            topics.deliveries().valueSerde().deserializer());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static <V> TestInputTopic<String, V> input(
      TopologyTestDriver driver, String name, org.certex.schemas.TopicSpec<String, V> spec) {
    return driver.createInputTopic(
        name, spec.keySerde().serializer(), spec.valueSerde().serializer());
  }

  void publish(IncidentAlert alert) {
    alerts.pipeInput(alert.getAlertId(), alert, alert.getReportedAt());
  }

  /** A team's action on an alert, keyed by the alert id as every producer of certex keys it. */
  TraineeAction act(String actor, ActionType type, String alertId, Instant at, String... targets) {
    TraineeAction action =
        TraineeAction.newBuilder()
            .setActionId("action-" + ++actionCount)
            .setRunId(topics.runId())
            .setActor(actor)
            .setType(type)
            .setAlertId(alertId)
            .setTargets(List.of(targets))
            .setAt(at)
            .build();
    actions.pipeInput(alertId, action, at);
    return action;
  }

  @Override
  public void close() {
    driver.close();
  }
}
