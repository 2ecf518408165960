package org.certex.launcher;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's topics as one ordered log: every control event, inject, alert, decision, delivery,
 * action, expectation outcome and dead letter, sorted by scenario time (then by kind, key and
 * content, so the order does not depend on partitions or timing), one JSON object per line.
 */
final class EventLog {

  /** One event: its scenario time, the topic kind, its key and its value as plain JSON data. */
  record Event(Instant time, int rank, String topic, String key, Map<String, Object> value) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Comparator<Event> ORDER =
      Comparator.comparing(Event::time)
          .thenComparingInt(Event::rank)
          .thenComparing(Event::key)
          .thenComparing(e -> JSON.writeValueAsString(e.value()));

  /** The dead letters come last among events of the same instant. */
  static final int DEAD_LETTER_RANK = 7;

  private final List<Event> events = new ArrayList<>();

  /** Reads every committed record of the run's topics, up to their current end. */
  static EventLog read(Consumer<byte[], byte[]> consumer, RunTopics topics) {
    EventLog log = new EventLog();
    List<TopicSpec<String, ? extends SpecificRecord>> kinds =
        List.of(
            topics.control(),
            topics.injects(),
            topics.alerts(),
            topics.decisions(),
            topics.deliveries(),
            topics.actions(),
            topics.expectations());
    for (int rank = 0; rank < kinds.size(); rank++) {
      log.readTopic(consumer, kinds.get(rank), rank);
    }
    TopicSpec<byte[], byte[]> deadLetters = topics.deadLetters();
    poll(consumer, deadLetters, r -> log.events.add(deadLetter(deadLetters, r)));
    log.events.sort(ORDER);
    return log;
  }

  private <V extends SpecificRecord> void readTopic(
      Consumer<byte[], byte[]> consumer, TopicSpec<String, V> spec, int rank) {
    String kind = kindOf(spec);
    poll(
        consumer,
        spec,
        r -> {
          V value = spec.valueSerde().deserializer().deserialize(spec.name(), r.value());
          String key = spec.keySerde().deserializer().deserialize(spec.name(), r.key());
          events.add(
              new Event(
                  Instant.ofEpochMilli(r.timestamp()), rank, kind, key, AvroJson.toMap(value)));
        });
  }

  /**
   * A dead letter as the log shows it: why it was refused and where it came from. Its bytes may be
   * undecodable, so they are not shown.
   */
  private static Event deadLetter(TopicSpec<?, ?> spec, ConsumerRecord<byte[], byte[]> r) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("reason", reasonOf(r));
    value.put("sourceTopic", header(r, DeadLetters.SOURCE_TOPIC));
    value.put("exception", header(r, DeadLetters.STREAMS_EXCEPTION));
    String key = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
    return new Event(
        Instant.ofEpochMilli(r.timestamp()), DEAD_LETTER_RANK, kindOf(spec), key, value);
  }

  /** certex's own reason first, then Kafka Streams' exception message. */
  private static String reasonOf(ConsumerRecord<byte[], byte[]> r) {
    String reason = header(r, DeadLetters.REASON);
    if (reason == null) {
      reason = header(r, DeadLetters.STREAMS_MESSAGE);
    }
    return reason == null ? "(no reason given)" : reason;
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header header = r.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String kindOf(TopicSpec<?, ?> spec) {
    return spec.name().substring(spec.name().lastIndexOf('.') + 1);
  }

  private static void poll(
      Consumer<byte[], byte[]> consumer,
      TopicSpec<?, ?> spec,
      java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> handler) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < spec.partitions(); p++) {
      partitions.add(new TopicPartition(spec.name(), p));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
        && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
        handler.accept(r);
      }
    }
  }

  /** The dead letters' reasons, each with how many records went to the topic for it. */
  SortedMap<String, Long> deadLetterReasons() {
    return events.stream()
        .filter(e -> e.rank() == DEAD_LETTER_RANK)
        .collect(
            Collectors.groupingBy(
                e -> (String) e.value().get("reason"), TreeMap::new, Collectors.counting()));
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  long count(String topic) {
    return events.stream().filter(e -> e.topic().equals(topic)).count();
  }

  void writeJsonLines(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Event e : events) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", e.time().toString());
        line.put("topic", e.topic());
        line.put("key", e.key());
        line.put("value", e.value());
        out.write(JSON.writeValueAsString(line));
        out.newLine();
      }
    }
  }
}
