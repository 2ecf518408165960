package org.certex.streams.topology;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.certex.streams.deadletter.BoundedDeadLetter;

/**
 * Turns a record that broke a rule into a dead-letter record: the record re-encoded with the
 * current schema of its topic, with the reasons, the topic and the record's position in headers, so
 * nothing is lost and an evaluator can see why. A record too large to park whole (the reason it was
 * refused, often) is cut to fit, and says so ({@link BoundedDeadLetter}); so is an outsized key,
 * which is why this processor may change the key (raw bytes on the dead-letter topic).
 */
final class DeadLetter<V> implements Processor<String, Checked<V>, byte[], byte[]> {

  private final Function<V, byte[]> encoder;
  private final String sourceTopic;
  private ProcessorContext<byte[], byte[]> context;

  /**
   * @param encoder the record's encoding with no size limit: the record may be refused for its size
   */
  DeadLetter(Function<V, byte[]> encoder, String sourceTopic) {
    this.encoder = encoder;
    this.sourceTopic = sourceTopic;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Checked<V>> record) {
    int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
    long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
    BoundedDeadLetter letter =
        BoundedDeadLetter.of(
            record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
            encoder.apply(record.value().value()),
            record.headers(),
            BoundedDeadLetter.headers(
                String.join("; ", record.value().problems()), sourceTopic, partition, offset));
    context.forward(
        record.withKey(letter.key()).withValue(letter.value()).withHeaders(letter.headers()));
  }
}
