package org.certex.streams.topology;

/**
 * An element of a stream put back in scenario-time order ({@link TimeOrderedRepartition}): a
 * record, or a watermark, the scenario time that every upstream task has passed. Lives only inside
 * a topology, between processors.
 *
 * @param value the record; null for a watermark
 * @param time the record's scenario time, or the watermark's
 */
public record Ordered<V>(V value, long time) {

  public static <V> Ordered<V> item(V value, long time) {
    return new Ordered<>(value, time);
  }

  public static <V> Ordered<V> watermark(long time) {
    return new Ordered<>(null, time);
  }

  public boolean isWatermark() {
    return value == null;
  }
}
