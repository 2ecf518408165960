package org.certex.streams.topology;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Re-keys a stream through a named repartition topic and puts it back in scenario-time order.
 *
 * <p>A repartition topic mixes what several upstream tasks write, each as far as it has got: a vote
 * stamped 13:00 from one task can arrive after a tick stamped 16:00 from another, and an assessment
 * after a later one. So the clock ticks go through the same topic, from every upstream task to
 * every partition, tagged with the task's partition. The downstream task knows the scenario time
 * that every upstream task has passed (the watermark: the least of their latest ticks), holds
 * records until the watermark passes them and hands them on in time order, ties in upstream
 * partition and offset order, then the watermark itself. What it hands on is the same for the same
 * input, however the tasks interleave; a record that arrives after the watermark passed its time
 * (written after its task had ticked past it) is handed on at once, as a late record.
 *
 * <pre>
 * records + clock-ticks -> NAME-with-ticks -> NAME-sequence -> NAME (repartition)
 *     -> NAME-in-time-order (stores NAME-held, NAME-watermarks) -> Ordered records and watermarks
 * </pre>
 */
public final class TimeOrderedRepartition {

  private TimeOrderedRepartition() {}

  /**
   * @param records records in the run's keyed partitions, co-partitioned with the clock ticks
   * @param newKey the key each record takes
   * @param sources how many upstream partitions write to the topic (the records' partition count)
   */
  public static <V> KStream<String, Ordered<V>> of(
      RunPipeline pipeline,
      KStream<String, V> records,
      Function<V, String> newKey,
      Serde<V> values,
      String name,
      int sources) {
    String held = name + "-held";
    String watermarks = name + "-watermarks";
    pipeline
        .builder()
        .addStateStore(
            Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(held), Serdes.String(), Serdes.ByteArray()));
    pipeline
        .builder()
        .addStateStore(
            Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(watermarks), Serdes.String(), Serdes.Long()));
    Sequenced.WireSerde<V> wire = new Sequenced.WireSerde<>(values);
    String runId = pipeline.setup().runId();
    return records
        .mapValues(v -> Ordered.item(v, 0L), Named.as(name + "-records"))
        .merge(
            pipeline
                .ticks()
                .mapValues(
                    t -> Ordered.<V>watermark(t.getScenarioTime().toEpochMilli()),
                    Named.as(name + "-ticks")),
            Named.as(name + "-with-ticks"))
        .process(() -> new Sequence<>(newKey, runId), Named.as(name + "-sequence"))
        .repartition(
            Repartitioned.<String, Sequenced<V>>as(name)
                .withKeySerde(Serdes.String())
                .withValueSerde(wire)
                .withNumberOfPartitions(pipeline.topics().alerts().partitions())
                .withStreamPartitioner(new TicksEverywhere<>()))
        .process(
            () -> new InTimeOrder<>(held, watermarks, sources, wire),
            Named.as(name + "-in-time-order"),
            held,
            watermarks);
  }

  /** Tags each record and tick with the upstream partition and offset it was read at. */
  private static final class Sequence<V>
      implements Processor<String, Ordered<V>, String, Sequenced<V>> {
    private final Function<V, String> newKey;
    private final String runId;
    private ProcessorContext<String, Sequenced<V>> context;

    Sequence(Function<V, String> newKey, String runId) {
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

  /** Ticks to every partition, so each downstream task hears from every upstream task. */
  private static final class TicksEverywhere<V> implements StreamPartitioner<String, Sequenced<V>> {
    @Override
    public Optional<Set<Integer>> partitions(
        String topic, String key, Sequenced<V> value, int numPartitions) {
      if (value.tick()) {
        return Optional.of(
            IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet()));
      }
      byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(bytes)) % numPartitions));
    }
  }

  /** Holds records until every upstream task has ticked past them, then hands them on in order. */
  private static final class InTimeOrder<V>
      implements Processor<String, Sequenced<V>, String, Ordered<V>> {
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
      return heldKey(s.time())
          + String.format(":%08x:%s:%016x", s.source(), s.origin(), s.offset());
    }

    private static String heldKey(long time) {
      return String.format("%016x", time ^ Long.MIN_VALUE);
    }
  }
}
