package org.certex.dashboard.feed;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Consumer settings of the run feed, on top of the application's common Kafka settings. The feed is
 * a reader of the whole log, not a member of a group: it assigns partitions itself, starts from the
 * beginning on every start (that is how the views are rebuilt) and never commits. It reads only
 * committed records, as the streams app writes with exactly-once. Public so that {@code certex
 * bench} reads a run's output as the dashboard does.
 */
public final class FeedConsumerSettings {

  static final String CLIENT_ID = "certex-dashboard-feed";

  private FeedConsumerSettings() {}

  public static Map<String, Object> from(Map<String, Object> common) {
    Map<String, Object> settings = new HashMap<>(common);
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    settings.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
    settings.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
    return settings;
  }
}
