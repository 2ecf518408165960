package org.certex.streams.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.IncidentAlert;

/**
 * Passes an alert on only the first time its id is seen, so a re-sent alert never duplicates
 * decisions or deliveries. Alerts are keyed by alert id, so the store is partitioned like them.
 */
final class DropRepeatedAlerts implements FixedKeyProcessor<String, CheckedAlert, IncidentAlert> {

  private final String storeName;
  private FixedKeyProcessorContext<String, IncidentAlert> context;
  private KeyValueStore<String, Long> seen;

  DropRepeatedAlerts(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, IncidentAlert> context) {
    this.context = context;
    this.seen = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, CheckedAlert> record) {
    String alertId = record.value().alert().getAlertId();
    if (seen.get(alertId) != null) {
      return;
    }
    seen.put(alertId, record.timestamp());
    context.forward(record.withValue(record.value().alert()));
  }
}
