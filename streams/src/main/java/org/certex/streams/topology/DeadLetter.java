package org.certex.streams.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.certex.schemas.DeadLetters;

/**
 * Turns a record that broke a rule into a dead-letter record: the record re-encoded with the
 * current schema of its topic, with the reasons and the topic in headers, so nothing is lost and an
 * evaluator can see why.
 */
final class DeadLetter<V> implements FixedKeyProcessor<String, Checked<V>, byte[]> {

  private final Serializer<V> values;
  private final String sourceTopic;
  private FixedKeyProcessorContext<String, byte[]> context;

  DeadLetter(Serializer<V> values, String sourceTopic) {
    this.values = values;
    this.sourceTopic = sourceTopic;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Checked<V>> record) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.add(DeadLetters.REASON, utf8(String.join("; ", record.value().problems())));
    headers.add(DeadLetters.SOURCE_TOPIC, utf8(sourceTopic));
    context.forward(
        record
            .withValue(values.serialize(sourceTopic, record.value().value()))
            .withHeaders(headers));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
