package org.certex.streams.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/** Ticks to every partition, so each downstream task hears from every upstream task. */
final class TicksEverywhere<V> implements StreamPartitioner<String, Sequenced<V>> {
  @Override
  public Optional<Set<Integer>> partitions(
      String topic, String key, Sequenced<V> value, int numPartitions) {
    if (value.tick()) {
      return Optional.of(
          IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet()));
    }
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(bytes)) % numPartitions));
  }
}
