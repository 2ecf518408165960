package org.certex.dashboard.scores;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.certex.avro.Tlp;
import org.certex.dashboard.scores.PictureView.Series;
import org.certex.schemas.Labels;

/**
 * Alerts over scenario time by label, in buckets from the scenario's start. The bucket width grows
 * through {@link #WIDTHS} (each a multiple of the one before, so buckets merge whole) and then
 * doubles, whenever the run so far would need more than {@link #MAX_BUCKETS}: a chart of a
 * ten-minute drill shows 10-second buckets, one of a week-long run 2-hour ones.
 *
 * <p>Bounded: at most {@link #MAX_BUCKETS} buckets of at most {@link #MAX_LABELS} counters.
 */
final class AlertSeries {

  static final int MAX_BUCKETS = 120;
  static final int MAX_LABELS = 8;
  private static final long[] WIDTHS = {
    10, 30, 60, 300, 600, 1800, 3600, 7200, 21600, 43200, 86400
  };

  private final List<String> labels = new ArrayList<>();
  private final TreeMap<Long, long[]> buckets = new TreeMap<>();
  private Instant origin;
  private long width = WIDTHS[0];
  // The bucket counted last: a run's deliveries come in time order, most into the same bucket.
  private long lastIndex;
  private long[] lastCounts;

  AlertSeries() {
    for (Tlp tlp : Tlp.values()) {
      labels.add(Labels.tlp(tlp));
    }
  }

  /** The scenario's start, from the run's record: buckets count from it once known. */
  void startAt(Instant scenarioStart) {
    if (origin == null && scenarioStart != null) {
      origin = scenarioStart;
    }
  }

  /** Counts one alert at {@code at}; one without a time is not drawn. */
  void count(Instant at, String label) {
    if (at == null) {
      return;
    }
    if (origin == null) {
      origin = at.truncatedTo(ChronoUnit.MINUTES);
    }
    long offset = Math.max(0, at.getEpochSecond() - origin.getEpochSecond());
    while (offset / width >= MAX_BUCKETS) {
      coarsen();
    }
    long index = offset / width;
    if (index != lastIndex || lastCounts == null) {
      lastCounts = buckets.computeIfAbsent(index, i -> new long[MAX_LABELS]);
      lastIndex = index;
    }
    lastCounts[labelIndex(label)]++;
  }

  Series view() {
    List<Map<String, Object>> rows = new ArrayList<>();
    long last = buckets.isEmpty() ? -1 : buckets.lastKey();
    for (long i = 0; i <= last; i++) {
      long[] counts = buckets.getOrDefault(i, new long[MAX_LABELS]);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("t", origin.plusSeconds(i * width));
      for (int l = 0; l < labels.size(); l++) {
        row.put(labels.get(l), counts[l]);
      }
      rows.add(Collections.unmodifiableMap(row));
    }
    return new Series(width, List.copyOf(labels), rows);
  }

  private void coarsen() {
    int next = Arrays.binarySearch(WIDTHS, width);
    long wider = next >= 0 && next + 1 < WIDTHS.length ? WIDTHS[next + 1] : width * 2;
    long factor = wider / width;
    TreeMap<Long, long[]> merged = new TreeMap<>();
    buckets.forEach(
        (index, counts) -> {
          long[] sum = merged.computeIfAbsent(index / factor, i -> new long[MAX_LABELS]);
          for (int l = 0; l < MAX_LABELS; l++) {
            sum[l] += counts[l];
          }
        });
    buckets.clear();
    buckets.putAll(merged);
    width = wider;
    lastCounts = null;
  }

  private int labelIndex(String label) {
    String named = label == null ? RecentAlerts.UNKNOWN_LABEL : label;
    int index = labels.indexOf(named);
    if (index >= 0) {
      return index;
    }
    if (labels.size() < MAX_LABELS - 1) {
      labels.add(named);
      return labels.size() - 1;
    }
    int unknown = labels.indexOf(RecentAlerts.UNKNOWN_LABEL);
    if (unknown < 0) {
      labels.add(RecentAlerts.UNKNOWN_LABEL);
      return labels.size() - 1;
    }
    return unknown;
  }
}
