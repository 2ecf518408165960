package org.certex.dashboard.views;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The outcomes of one team's requests in one run, newest first, keeping at most {@code capacity}:
 * older ones fall off the end, as in an {@link Inbox}.
 */
final class RequestOutcomes {

  private final int capacity;
  private final Deque<RequestOutcome> entries = new ArrayDeque<>();

  RequestOutcomes(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  void add(RequestOutcome outcome) {
    entries.addFirst(outcome);
    if (entries.size() > capacity) {
      entries.removeLast();
    }
  }

  List<RequestOutcome> newestFirst() {
    return List.copyOf(entries);
  }
}
