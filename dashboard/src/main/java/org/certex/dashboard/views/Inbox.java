package org.certex.dashboard.views;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The deliveries one CERT received in one run, newest first, keeping at most {@code capacity}:
 * older entries fall off the end. "Newest" is log order, which is the order the streams app wrote
 * them in (a recipient's deliveries share one partition), so a replay rebuilds the same inbox.
 */
final class Inbox {

  private final int capacity;
  private final Deque<DeliveryView> entries = new ArrayDeque<>();

  Inbox(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("inbox capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  void add(DeliveryView delivery) {
    entries.addFirst(delivery);
    if (entries.size() > capacity) {
      entries.removeLast();
    }
  }

  List<DeliveryView> newestFirst() {
    return List.copyOf(entries);
  }
}
