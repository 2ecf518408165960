package org.certex.launcher.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.schemas.RunTopics;
import org.certex.schemas.SentAt;
import org.certex.schemas.TopicSpec;

/**
 * Reads a run's decisions, deliveries and dead letters with the dashboard feed's consumer settings
 * ({@link FeedConsumerSettings}: partitions assigned, from the start, {@code read_committed}), on a
 * thread of its own, and counts what it reads into the current {@link ReadPhase}. A phase is
 * complete when all its alerts are decided and the reader stands at the end of every output
 * partition: at the high watermark, which under {@code read_committed} it can reach only once no
 * transaction is open there, so every delivery of a committed decision has been read.
 */
final class RunOutputReader implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Admin admin;
  private final RunTopics topics;
  private final List<TopicPartition> outputs = new ArrayList<>();
  private final Thread thread = new Thread(this::read, "certex-bench-reader");
  private volatile boolean running = true;
  private volatile ReadPhase phase;

  RunOutputReader(Map<String, Object> common, Admin admin, RunTopics topics) {
    this.consumer =
        new KafkaConsumer<>(
            FeedConsumerSettings.from(common),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    this.admin = admin;
    this.topics = topics;
    for (TopicSpec<?, ?> topic :
        List.of(topics.decisions(), topics.deliveries(), topics.deadLetters())) {
      IntStream.range(0, topic.partitions())
          .forEach(p -> outputs.add(new TopicPartition(topic.name(), p)));
    }
  }

  void start() {
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Counts from now on into a new phase of {@code alerts} alerts; the previous one must be done.
   */
  ReadPhase expect(long alerts, Histogram latency) {
    ReadPhase next = new ReadPhase(alerts, latency);
    phase = next;
    return next;
  }

  private void read() {
    try {
      consumer.assign(outputs);
      consumer.seekToBeginning(outputs);
      while (running) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
        long nanos = System.nanoTime();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        ReadPhase current = phase;
        if (current == null || current.isComplete()) {
          continue;
        }
        count(records, current, micros);
        if (!records.isEmpty()) {
          current.readAt(nanos);
        }
        if (current.allDecided() && atEnd()) {
          current.markComplete();
        }
      }
    } catch (WakeupException e) {
      // closed
    } catch (Exception e) {
      ReadPhase current = phase;
      if (current != null) {
        current.fail(e);
      }
    } finally {
      consumer.close();
    }
  }

  private void count(ConsumerRecords<byte[], byte[]> records, ReadPhase current, long micros) {
    for (ConsumerRecord<byte[], byte[]> record : records) {
      String topic = record.topic();
      if (topic.equals(topics.deliveries().name())) {
        current.delivery(micros, SentAt.micros(record.headers()));
      } else if (topic.equals(topics.decisions().name())) {
        current.decision();
      } else {
        current.deadLetter();
      }
    }
  }

  /** Whether the reader stands at the high watermark of every output partition. */
  private boolean atEnd() throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    outputs.forEach(p -> latest.put(p, OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResultInfo> ends =
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
    return outputs.stream().allMatch(p -> consumer.position(p) >= ends.get(p).offset());
  }

  @Override
  public void close() {
    running = false;
    if (!thread.isAlive()) {
      consumer.close();
      return;
    }
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
