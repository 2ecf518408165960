package org.certex.streams.topology;

import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Holds records until every upstream task has ticked past them, then hands them on in order. */
final class InTimeOrder<V> implements Processor<String, Sequenced<V>, String, Ordered<V>> {
  private static final String WATERMARK = "watermark";
  private final String heldName;
  private final String watermarksName;
  private final int sources;
  private final Sequenced.WireSerde<V> wire;
  private ProcessorContext<String, Ordered<V>> context;
  private KeyValueStore<String, byte[]> held;
  private KeyValueStore<String, Long> marks;

  InTimeOrder(String held, String watermarks, int sources, Sequenced.WireSerde<V> wire) {
    this.heldName = held;
    this.watermarksName = watermarks;
    this.sources = sources;
    this.wire = wire;
  }

  @Override
  public void init(ProcessorContext<String, Ordered<V>> context) {
    this.context = context;
    this.held = context.getStateStore(heldName);
    this.marks = context.getStateStore(watermarksName);
  }

  @Override
  public void process(Record<String, Sequenced<V>> record) {
    Sequenced<V> s = record.value();
    if (s == null) {
      return;
    }
    long watermark = Optional.ofNullable(marks.get(WATERMARK)).orElse(Long.MIN_VALUE);
    if (!s.tick()) {
      if (s.time() < watermark) {
        forward(s);
      } else {
        held.put(heldKey(s), wire.write("", s));
      }
      return;
    }
    String source = "source-" + s.source();
    Long before = marks.get(source);
    if (before == null || before < s.time()) {
      marks.put(source, s.time());
    }
    long next = least();
    if (next > watermark) {
      release(next);
      marks.put(WATERMARK, next);
      context.forward(new Record<>(s.key(), Ordered.<V>watermark(next), next));
    }
  }

  /** The least latest tick over every upstream partition; none until each has ticked. */
  private long least() {
    long least = Long.MAX_VALUE;
    for (int p = 0; p < sources; p++) {
      Long mark = marks.get("source-" + p);
      if (mark == null) {
        return Long.MIN_VALUE;
      }
      least = Math.min(least, mark);
    }
    return least;
  }

  private void release(long watermark) {
    try (KeyValueIterator<String, byte[]> due =
        held.range(heldKey(Long.MIN_VALUE), heldKey(watermark))) {
      while (due.hasNext()) {
        var entry = due.next();
        Sequenced<V> s = wire.read("", entry.value);
        if (s.time() >= watermark) {
          break;
        }
        forward(s);
        held.delete(entry.key);
      }
    }
  }

  private void forward(Sequenced<V> s) {
    context.forward(new Record<>(s.key(), Ordered.item(s.value(), s.time()), s.time()));
  }

  /** Time (sign-flipped so it sorts as text), then upstream partition, topic and offset. */
  private static String heldKey(Sequenced<?> s) {
    return heldKey(s.time()) + String.format(":%08x:%s:%016x", s.source(), s.origin(), s.offset());
  }

  private static String heldKey(long time) {
    return String.format("%016x", time ^ Long.MIN_VALUE);
  }
}
