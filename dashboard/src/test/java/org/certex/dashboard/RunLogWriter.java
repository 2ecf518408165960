package org.certex.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.TraineeAction;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.certex.schemas.TopicSpec;

/**
 * Writes a run's log on a real broker as the other modules would: creates the runs topic and the
 * run's topics, then records, serialized with the catalogue's serdes, plus deliberately bad ones.
 * Reads back what the dashboard wrote to the run's actions topic.
 */
public final class RunLogWriter implements AutoCloseable {

  private final RunTopics topics;
  private final KafkaProducer<byte[], byte[]> producer;

  public RunLogWriter(String bootstrapServers, RunTopics topics) {
    this.topics = topics;
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      TopicProvisioner provisioner = new TopicProvisioner(admin, (short) 1);
      provisioner.ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
      provisioner.ensure(topics);
    }
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  public void record(ExerciseRun run) {
    send(TopicCatalogue.runs(), run.getRunId(), run);
  }

  /**
   * Writes a pipeline's report as a streams process would: keyed by run id, on the pipelines topic.
   */
  void pipeline(PipelineStatus status) {
    send(TopicCatalogue.pipelines(), status.getRunId(), status);
    producer.flush();
  }

  /**
   * Writes a delivery keyed by its recipient, as the pipeline does, and waits until the broker has
   * it: with the decision that made it when it is the alert's own (the tally counts deliveries from
   * the decisions), a decision naming that recipient alone.
   */
  public void deliver(Delivery delivery) {
    send(topics.deliveries(), delivery.getRecipient(), delivery);
    decisionOf(delivery);
    producer.flush();
  }

  /** Writes deliveries as {@link #deliver} does and waits until the broker has them all. */
  public void deliverAll(List<Delivery> deliveries) {
    for (Delivery delivery : deliveries) {
      send(topics.deliveries(), delivery.getRecipient(), delivery);
      decisionOf(delivery);
    }
    producer.flush();
  }

  private void decisionOf(Delivery delivery) {
    if (delivery.getSharedBy() != null) {
      return; // a share's decision is the team's outcome too: tests write it themselves
    }
    IncidentAlert alert = delivery.getAlert();
    send(
        topics.decisions(),
        alert.getAlertId(),
        SharingDecision.newBuilder()
            .setAlertId(alert.getAlertId())
            .setRunId(delivery.getRunId())
            .setSourceOrg(alert.getSourceOrg())
            .setTlp(alert.getTlp())
            .setPolicy("test")
            .setDecidedAt(delivery.getDeliveredAt())
            .setVerdicts(
                List.of(
                    new RecipientVerdict(
                        delivery.getRecipient(),
                        true,
                        delivery.getReason(),
                        delivery.getRedacted())))
            .build());
  }

  /** Writes bytes that are not Avro to the deliveries topic, keyed by {@code recipient}. */
  void garbageFor(String recipient) {
    producer.send(
        new ProducerRecord<>(
            topics.deliveries().name(),
            recipient.getBytes(StandardCharsets.UTF_8),
            "not avro".getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes a record of the run's control topic, keyed by run id, and waits for the broker. */
  public void control(ExerciseControl control) {
    send(topics.control(), topics.runId(), control);
    producer.flush();
  }

  /** Writes a sharing decision keyed by its alert id and waits until the broker has it. */
  void decide(SharingDecision decision) {
    send(topics.decisions(), decision.getAlertId(), decision);
    producer.flush();
  }

  /** Every action on the run's actions topic so far, with its key, read from the beginning. */
  List<Map.Entry<String, TraineeAction>> actions(String bootstrapServers) {
    TopicSpec<String, TraineeAction> spec = topics.actions();
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < spec.partitions(); p++) {
      partitions.add(new TopicPartition(spec.name(), p));
    }
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<Map.Entry<String, TraineeAction>> actions = new ArrayList<>();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          actions.add(
              Map.entry(
                  spec.keySerde().deserializer().deserialize(spec.name(), record.key()),
                  spec.valueSerde().deserializer().deserialize(spec.name(), record.value())));
        }
      }
      return actions;
    }
  }

  void deadLetter(String reason) {
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(topics.deadLetters().name(), new byte[] {1, 2});
    record.headers().add(DeadLetters.REASON, reason.getBytes(StandardCharsets.UTF_8));
    producer.send(record);
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }

  private <K, V> void send(TopicSpec<K, V> topic, K key, V value) {
    byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
    byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);
    producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes));
  }
}
