package org.certex.dashboard.actions;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Producer settings of the dashboard's team actions, on top of the application's common Kafka
 * settings: idempotent with {@code acks=all}, so a retried send never writes an action twice and an
 * acknowledged one survives a broker's loss; never transactional; and a send blocks for metadata no
 * longer than a team is kept waiting for the acknowledgement.
 */
public final class ActionProducerSettings {

  static final String CLIENT_ID = "certex-dashboard-actions";

  private ActionProducerSettings() {}

  public static Map<String, Object> from(Map<String, Object> common, Duration ackTimeout) {
    Map<String, Object> settings = new HashMap<>(common);
    settings.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
    settings.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
    settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackTimeout.toMillis());
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
    return settings;
  }
}
