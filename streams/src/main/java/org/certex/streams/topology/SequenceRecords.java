package org.certex.streams.topology;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Tags each record and tick with the upstream partition and offset it was read at. */
final class SequenceRecords<V> implements Processor<String, Ordered<V>, String, Sequenced<V>> {
  private final Function<V, String> newKey;
  private final String runId;
  private ProcessorContext<String, Sequenced<V>> context;

  SequenceRecords(Function<V, String> newKey, String runId) {
    this.newKey = newKey;
    this.runId = runId;
  }

  @Override
  public void init(ProcessorContext<String, Sequenced<V>> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Ordered<V>> record) {
    int source = context.recordMetadata().map(m -> m.partition()).orElse(0);
    long offset = context.recordMetadata().map(m -> m.offset()).orElse(0L);
    String origin = context.recordMetadata().map(m -> m.topic()).orElse("");
    Ordered<V> o = record.value();
    Sequenced<V> tagged =
        o.isWatermark()
            ? new Sequenced<>(true, o.time(), origin, source, offset, runId, null)
            : new Sequenced<>(
                false,
                record.timestamp(),
                origin,
                source,
                offset,
                newKey.apply(o.value()),
                o.value());
    context.forward(record.withKey(tagged.key()).withValue(tagged));
  }
}
