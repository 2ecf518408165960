package org.certex.streams.situation.incidents;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.IncidentAlert;

/**
 * One record per correlation key of a valid alert, keyed by the key, for the {@code incident-keys}
 * repartition; an alert with no keys leaves nothing. Its time is the alert's record timestamp.
 */
final class CorrelationKeysOf implements Processor<String, IncidentAlert, String, CorrelatedAlert> {

  private ProcessorContext<String, CorrelatedAlert> context;

  @Override
  public void init(ProcessorContext<String, CorrelatedAlert> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, IncidentAlert> record) {
    List<String> keys = CorrelationKeys.of(record.value());
    if (keys.isEmpty()) {
      return;
    }
    CorrelatedAlert alert =
        CorrelatedAlerts.of(record.value(), Instant.ofEpochMilli(record.timestamp()));
    for (String key : keys) {
      context.forward(record.withKey(key).withValue(alert));
    }
  }
}
