package org.certex.streams.run;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Kafka settings an operator may tune for a run's pipeline ({@code certex.streams.kafka}):
 * the clients' batching, buffering, fetching, retries and compression, and Streams' caching and
 * buffering. What makes the pipeline exactly-once (the guarantee, idempotence, acks, isolation,
 * transactions), what names it (application id, bootstrap servers) and certex's error handlers are
 * not open to tuning, so a typo in an environment variable cannot quietly weaken a drill's record.
 */
final class StreamsTuning {

  /** Streams' own settings that only trade memory, latency and throughput. */
  static final Set<String> STREAMS_SETTINGS =
      Set.of(
          "statestore.cache.max.bytes",
          "buffered.records.per.partition",
          "max.task.idle.ms",
          "poll.ms",
          "num.standby.replicas",
          "task.timeout.ms");

  /** Prefixes of the embedded clients' settings. */
  static final Set<String> CLIENT_PREFIXES =
      Set.of("producer.", "consumer.", "main.consumer.", "restore.consumer.", "admin.");

  /** Client settings the exactly-once guarantee or the run's identity rests on. */
  static final Set<String> GUARDED_CLIENT_SETTINGS =
      Set.of(
          "acks",
          "enable.idempotence",
          "transactional.id",
          "transaction.timeout.ms",
          "isolation.level",
          "enable.auto.commit",
          "group.id",
          "client.id",
          "bootstrap.servers",
          "key.serializer",
          "value.serializer",
          "key.deserializer",
          "value.deserializer");

  private StreamsTuning() {}

  /**
   * @throws IllegalArgumentException naming every setting that is not open to tuning
   */
  static void check(Map<String, String> settings) {
    Set<String> refused = new TreeSet<>();
    for (String key : settings.keySet()) {
      if (!accepted(key)) {
        refused.add(key);
      }
    }
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException(
          "certex.streams.kafka: not a tuning setting: "
              + String.join(", ", refused)
              + " (allowed: "
              + String.join(", ", new TreeSet<>(STREAMS_SETTINGS))
              + ", and client settings prefixed "
              + String.join(", ", new TreeSet<>(CLIENT_PREFIXES))
              + " other than "
              + String.join(", ", new TreeSet<>(GUARDED_CLIENT_SETTINGS))
              + ")");
    }
  }

  private static boolean accepted(String key) {
    if (STREAMS_SETTINGS.contains(key)) {
      return true;
    }
    for (String prefix : CLIENT_PREFIXES) {
      if (key.startsWith(prefix) && key.length() > prefix.length()) {
        String setting = key.substring(prefix.length());
        return !GUARDED_CLIENT_SETTINGS.contains(setting)
            && CLIENT_PREFIXES.stream().noneMatch(setting::startsWith);
      }
    }
    return false;
  }
}
