package org.certex.streams.topology;

import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
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
        .process(() -> new SequenceRecords<>(newKey, runId), Named.as(name + "-sequence"))
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
}
