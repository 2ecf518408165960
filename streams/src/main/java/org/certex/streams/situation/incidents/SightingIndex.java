package org.certex.streams.situation.incidents;

import java.util.List;
import org.certex.avro.CorrelatedAlert;

/**
 * The alerts seen so far under each correlation key, by scenario time: the {@code
 * incident-key-sightings} window store in the topology, a map in tests. Sightings older than the
 * window and its grace may be forgotten.
 */
interface SightingIndex {

  /** At most {@code max} sightings of {@code key} with times in [from, to], the latest first. */
  List<CorrelatedAlert> latestFirst(String key, long from, long to, int max);

  /** At most {@code max} sightings of {@code key} with times in [from, to], the earliest first. */
  List<CorrelatedAlert> earliestFirst(String key, long from, long to, int max);

  void add(String key, CorrelatedAlert alert);
}
