package org.certex.launcher.bench;

import java.util.Arrays;

/**
 * A growing array of longs, written by one thread and read by others: what a live client keeps of
 * each event, without a boxed object per event.
 */
final class LongSeries {

  private long[] values = new long[1024];
  private int size;

  synchronized void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  synchronized int size() {
    return size;
  }

  synchronized long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
