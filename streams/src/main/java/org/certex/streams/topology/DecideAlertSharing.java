package org.certex.streams.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.AlertSharingState;
import org.certex.avro.IncidentAlert;

/**
 * Decides an alert the first time its id is seen, and remembers the alert and who holds it for the
 * share requests that follow. A re-sent alert id is dropped, so it never duplicates decisions or
 * deliveries. Alerts are keyed by alert id, so the store is partitioned like them.
 */
final class DecideAlertSharing implements FixedKeyProcessor<String, IncidentAlert, DecidedAlert> {

  private final String storeName;
  private final SharingDecisions decisions;
  private FixedKeyProcessorContext<String, DecidedAlert> context;
  private KeyValueStore<String, AlertSharingState> sharing;

  DecideAlertSharing(String storeName, SharingDecisions decisions) {
    this.storeName = storeName;
    this.decisions = decisions;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, DecidedAlert> context) {
    this.context = context;
    this.sharing = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, IncidentAlert> record) {
    IncidentAlert alert = record.value();
    if (sharing.get(alert.getAlertId()) != null) {
      return;
    }
    DecidedAlert decided = decisions.decide(alert);
    sharing.put(alert.getAlertId(), AlertHolders.first(decided));
    context.forward(record.withValue(decided));
  }
}
