package org.certex.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.avro.Delivery;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.schemas.TopicSpec;

/**
 * What the pipeline delivered in a run, read back from its deliveries topic as the dashboard's feed
 * reads it ({@code read_committed}, from the start): for each recipient, its deliveries. A delivery
 * is named by a code, {@code n * MAX_ORGS + recipient's index}, for alert {@code bench-n}: so a
 * live client's events and the topic compare without strings.
 */
final class LiveDeliveries {

  /** The most organisations a code leaves room for. */
  static final int MAX_ORGS = 1024;

  private final Map<String, Integer> orgIndex = new HashMap<>();
  private final Map<String, List<Long>> byRecipient = new HashMap<>();
  private long total;

  LiveDeliveries(List<String> orgs) {
    if (orgs.size() > MAX_ORGS) {
      throw new IllegalArgumentException("at most " + MAX_ORGS + " organisations");
    }
    for (int i = 0; i < orgs.size(); i++) {
      orgIndex.put(orgs.get(i), i);
    }
  }

  /** The code of a delivery of alert {@code bench-n} to {@code recipient}. */
  long code(String alertId, String recipient) {
    Integer org = orgIndex.get(recipient);
    long n = Long.parseLong(alertId.substring(alertId.lastIndexOf('-') + 1));
    return n * MAX_ORGS + (org == null ? MAX_ORGS - 1 : org);
  }

  /** The code of a delivery event's data: the JSON of a {@code DeliveryView}. */
  long codeOfEvent(String json) {
    return code(field(json, "alertId"), field(json, "recipient"));
  }

  /** The recipient's index in a code. */
  static int recipientOf(long code) {
    return (int) (code % MAX_ORGS);
  }

  /** The alert's number in a code. */
  static long alertOf(long code) {
    return code / MAX_ORGS;
  }

  int indexOf(String org) {
    return orgIndex.get(org);
  }

  /** Reads every delivery of the topic up to its end now. */
  void readAll(Map<String, Object> common, TopicSpec<String, Delivery> topic, Duration timeout) {
    List<TopicPartition> partitions =
        IntStream.range(0, topic.partitions())
            .mapToObj(p -> new TopicPartition(topic.name(), p))
            .toList();
    try (var consumer =
        new KafkaConsumer<>(
            FeedConsumerSettings.from(common),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the deliveries were not read within " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          Delivery d = topic.valueSerde().deserializer().deserialize(topic.name(), r.value());
          long code = code(d.getAlert().getAlertId(), d.getRecipient());
          byRecipient.computeIfAbsent(d.getRecipient(), k -> new ArrayList<>()).add(code);
          total++;
        }
      }
    }
  }

  /** The deliveries to {@code org}, or to everyone when null (exercise control's stream). */
  List<Long> expectedFor(String org) {
    if (org != null) {
      return byRecipient.getOrDefault(org, List.of());
    }
    List<Long> all = new ArrayList<>();
    byRecipient.values().forEach(all::addAll);
    return all;
  }

  long total() {
    return total;
  }

  /** A string field's value in flat JSON, without a parser: what the client needs of an event. */
  static String field(String json, String name) {
    String key = "\"" + name + "\":\"";
    int start = json.indexOf(key);
    if (start < 0) {
      throw new IllegalArgumentException("no " + name + " in " + json);
    }
    start += key.length();
    return json.substring(start, json.indexOf('"', start));
  }
}
