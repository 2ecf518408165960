package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serializer;
import org.certex.avro.IncidentAlert;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads back what a stopped run wrote, to resume it: its injects, expectations, control and actions
 * topics from the start to their current end, and the tail of each alerts partition (see {@link
 * PublishedAlerts}). The alerts topic is never read whole: a load run holds millions of alerts.
 */
final class RunLogReader implements AutoCloseable {

  /**
   * What was read, and where the run's inputs (control, actions) end, so that the resumed run reads
   * only what arrives after.
   */
  record RunLog(LoggedRun logged, Map<TopicPartition, Long> inputsEnd) {}

  private static final Logger log = LoggerFactory.getLogger(RunLogReader.class);
  private static final int TAIL_CHUNK = 500;
  private static final Duration POLL = Duration.ofMillis(200);

  private final Consumer<byte[], byte[]> consumer;
  private final RunTopics topics;
  private final Duration timeout;

  RunLogReader(Consumer<byte[], byte[]> consumer, RunTopics topics, Duration timeout) {
    this.consumer = consumer;
    this.topics = topics;
    this.timeout = timeout;
  }

  RunLog read() {
    List<TopicPartition> actions = partitions(topics.actions());
    Map<TopicPartition, Long> inputsEnd = new HashMap<>(consumer.endOffsets(actions));
    TopicPartition control = partitions(topics.control()).get(0);
    inputsEnd.putAll(consumer.endOffsets(List.of(control)));
    List<TraineeAction> logged = new ArrayList<>();
    actions.forEach(p -> logged.addAll(whole(topics.actions(), p, inputsEnd.get(p))));
    logged.sort(Comparator.comparing(TraineeAction::getAt));
    LoggedRun run =
        new LoggedRun(
            whole(topics.injects()),
            whole(topics.expectations()),
            whole(topics.control(), control, inputsEnd.get(control)),
            logged,
            publishedAlerts());
    return new RunLog(run, Map.copyOf(inputsEnd));
  }

  private <V> List<V> whole(TopicSpec<String, V> topic) {
    TopicPartition p = partitions(topic).get(0);
    return whole(topic, p, consumer.endOffsets(List.of(p)).get(p));
  }

  private <V> List<V> whole(TopicSpec<String, V> topic, TopicPartition p, long end) {
    List<V> values = new ArrayList<>();
    long begin = consumer.beginningOffsets(List.of(p)).get(p);
    for (ConsumerRecord<byte[], byte[]> r : range(p, begin, end)) {
      decode(topic, r).ifPresent(values::add);
    }
    return values;
  }

  private PublishedAlerts publishedAlerts() {
    List<TopicPartition> partitions = partitions(topics.alerts());
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    List<PublishedAlerts.Tail> tails = new ArrayList<>();
    for (TopicPartition p : partitions) {
      tails.add(tail(p, begin.get(p), end.get(p)));
    }
    Serializer<String> keys = topics.alerts().keySerde().serializer();
    String name = topics.alerts().name();
    int count = partitions.size();
    return new PublishedAlerts(
        tails, id -> BuiltInPartitioner.partitionForKey(keys.serialize(name, id), count));
  }

  /** The last alert instant of one partition and the ids stamped with it, reading backwards. */
  private PublishedAlerts.Tail tail(TopicPartition p, long begin, long end) {
    Instant last = null;
    Set<String> ids = new HashSet<>();
    for (long to = end; to > begin; to = Math.max(begin, to - TAIL_CHUNK)) {
      List<ConsumerRecord<byte[], byte[]>> chunk = range(p, Math.max(begin, to - TAIL_CHUNK), to);
      for (int i = chunk.size() - 1; i >= 0; i--) {
        ConsumerRecord<byte[], byte[]> r = chunk.get(i);
        Optional<String> id = alertId(r);
        Instant at = Instant.ofEpochMilli(r.timestamp());
        if (id.isEmpty() || last != null && at.isAfter(last)) {
          continue;
        }
        if (last != null && at.isBefore(last)) {
          return new PublishedAlerts.Tail(last, ids);
        }
        last = at;
        ids.add(id.get());
      }
    }
    return last == null ? PublishedAlerts.Tail.EMPTY : new PublishedAlerts.Tail(last, ids);
  }

  /** The id of an alert the engine wrote: decodable, of this run, keyed by its id; else empty. */
  private Optional<String> alertId(ConsumerRecord<byte[], byte[]> r) {
    Optional<IncidentAlert> alert = decode(topics.alerts(), r);
    String key =
        r.key() == null
            ? null
            : topics.alerts().keySerde().deserializer().deserialize(r.topic(), r.key());
    return alert
        .filter(a -> topics.runId().equals(a.getRunId()) && a.getAlertId().equals(key))
        .map(IncidentAlert::getAlertId);
  }

  /** The records of {@code p} from offset {@code from} up to {@code to} (exclusive). */
  private List<ConsumerRecord<byte[], byte[]>> range(TopicPartition p, long from, long to) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    consumer.assign(List.of(p));
    consumer.seek(p, from);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (consumer.position(p) < to) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "Could not read " + p + " up to offset " + to + " within " + timeout);
      }
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
        if (r.offset() < to) {
          records.add(r);
        }
      }
    }
    return records;
  }

  private List<TopicPartition> partitions(TopicSpec<?, ?> topic) {
    return consumer.partitionsFor(topic.name()).stream()
        .map(info -> new TopicPartition(topic.name(), info.partition()))
        .sorted(Comparator.comparingInt(TopicPartition::partition))
        .toList();
  }

  private static <V> Optional<V> decode(
      TopicSpec<String, V> topic, ConsumerRecord<byte[], byte[]> r) {
    try {
      return Optional.ofNullable(
          topic.valueSerde().deserializer().deserialize(r.topic(), r.value()));
    } catch (SerializationException e) {
      log.warn("Skipping undecodable record {}-{}@{}", r.topic(), r.partition(), r.offset());
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
