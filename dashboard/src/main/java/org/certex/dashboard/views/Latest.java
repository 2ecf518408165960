package org.certex.dashboard.views;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * The latest entries of something a run keeps in memory, newest first, at most {@code capacity}:
 * older ones fall off the end, so no list the fold keeps grows with the length of a run.
 */
final class Latest<T> {

  private final int capacity;
  private final Deque<T> entries = new ArrayDeque<>();

  Latest(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  void add(T entry) {
    entries.addFirst(entry);
    if (entries.size() > capacity) {
      entries.removeLast();
    }
  }

  List<T> newestFirst() {
    return List.copyOf(entries);
  }

  Stream<T> stream() {
    return entries.stream();
  }
}
