package org.certex.schemas;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic: its name, partition count, topic-level configuration and the serdes of its keys and
 * values. Specs come only from {@link TopicCatalogue}.
 */
public record TopicSpec<K, V>(
    String name,
    int partitions,
    Map<String, String> config,
    Serde<K> keySerde,
    Serde<V> valueSerde) {

  public TopicSpec {
    config = Map.copyOf(config);
  }
}
