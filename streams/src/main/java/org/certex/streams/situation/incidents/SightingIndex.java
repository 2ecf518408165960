package org.certex.streams.situation.incidents;

import java.util.List;
import org.certex.avro.CorrelatedAlert;

/**
 * The alerts seen so far under each correlation key, by scenario time, and how many each key
 * indexed in each span of one window: the {@code incident-key-sightings} and {@code
 * incident-key-counts} window stores in the topology, maps in tests. What is older than the window
 * and its grace may be forgotten.
 */
interface SightingIndex {

  /** At most {@code max} sightings of {@code key} with times in [from, to], the latest first. */
  List<CorrelatedAlert> latestFirst(String key, long from, long to, int max);

  /** At most {@code max} sightings of {@code key} with times in [from, to], the earliest first. */
  List<CorrelatedAlert> earliestFirst(String key, long from, long to, int max);

  /**
   * How many sightings {@code key} indexed in the span that starts at {@code spanStart}, or null
   * when none was counted (a span's first sighting is not counted: most keys have one).
   */
  Integer countedIn(String key, long spanStart);

  void add(String key, CorrelatedAlert alert);

  void count(String key, long spanStart, int indexed);
}
