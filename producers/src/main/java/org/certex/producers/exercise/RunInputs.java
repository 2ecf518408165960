package org.certex.producers.exercise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a live run's engine with what arrives on its control topic (exercise control's requests;
 * the engine's own records there, its ticks and answers, are passed over) and its actions topic
 * (what trainees did), in order: from the start of the run, or, for a resumed run, from where the
 * log read to resume it ended (the engine took over what came before).
 */
final class RunInputs implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RunInputs.class);

  private final Consumer<byte[], byte[]> consumer;
  private final RunTopics topics;
  private final EngineInbox inbox;
  private final Map<TopicPartition, Long> from;
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param from where to start reading each partition; empty: from the beginning
   */
  RunInputs(
      Consumer<byte[], byte[]> consumer,
      RunTopics topics,
      EngineInbox inbox,
      Map<TopicPartition, Long> from) {
    this.consumer = consumer;
    this.topics = topics;
    this.inbox = inbox;
    this.from = Map.copyOf(from);
    this.thread = new Thread(this::feed, "certex-run-inputs-" + topics.runId());
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void feed() {
    List<TopicPartition> partitions = new ArrayList<>();
    partitions.add(new TopicPartition(topics.control().name(), 0));
    for (int p = 0; p < topics.actions().partitions(); p++) {
      partitions.add(new TopicPartition(topics.actions().name(), p));
    }
    try {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      from.forEach(consumer::seek);
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          route(record);
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close();
    }
  }

  /** One record to the engine; a record it cannot use is passed over, never the end of input. */
  private void route(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      log.warn(
          "Skipping a record without a value {}-{}@{}",
          record.topic(),
          record.partition(),
          record.offset());
      return;
    }
    try {
      if (record.topic().equals(topics.control().name())) {
        ExerciseControl control = decode(topics.control(), record);
        if (control.getOrigin() == ControlOrigin.REQUEST) {
          inbox.offer(control);
        }
      } else {
        inbox.offer(decode(topics.actions(), record));
      }
    } catch (SerializationException e) {
      log.warn(
          "Skipping undecodable record {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    }
  }

  private static <V> V decode(TopicSpec<String, V> spec, ConsumerRecord<byte[], byte[]> record) {
    return spec.valueSerde().deserializer().deserialize(spec.name(), record.value());
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
  }
}
