package org.certex.streams.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.certex.avro.IncidentAlert;
import org.certex.schemas.DeadLetters;

/**
 * Turns an alert that broke a rule into a dead-letter record: the alert re-encoded with the current
 * schema, with the reasons in a header, so nothing is lost and an evaluator can see why.
 */
final class DeadLetterInvalidAlert implements FixedKeyProcessor<String, CheckedAlert, byte[]> {

  private final Serializer<IncidentAlert> alerts;
  private final String sourceTopic;
  private FixedKeyProcessorContext<String, byte[]> context;

  DeadLetterInvalidAlert(Serializer<IncidentAlert> alerts, String sourceTopic) {
    this.alerts = alerts;
    this.sourceTopic = sourceTopic;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, CheckedAlert> record) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.add(DeadLetters.REASON, utf8(String.join("; ", record.value().problems())));
    headers.add(DeadLetters.SOURCE_TOPIC, utf8(sourceTopic));
    context.forward(
        record
            .withValue(alerts.serialize(sourceTopic, record.value().alert()))
            .withHeaders(headers));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
