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
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's topics as one ordered log: every control event, inject, alert, decision, delivery, action
 * and expectation outcome, sorted by scenario time (then by kind, key and content, so the order
 * does not depend on partitions or timing), one JSON object per line.
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
    log.events.sort(ORDER);
    return log;
  }

  private <V extends SpecificRecord> void readTopic(
      Consumer<byte[], byte[]> consumer, TopicSpec<String, V> spec, int rank) {
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
        V value = spec.valueSerde().deserializer().deserialize(spec.name(), r.value());
        String key = spec.keySerde().deserializer().deserialize(spec.name(), r.key());
        String kind = spec.name().substring(spec.name().lastIndexOf('.') + 1);
        events.add(
            new Event(Instant.ofEpochMilli(r.timestamp()), rank, kind, key, AvroJson.toMap(value)));
      }
    }
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
