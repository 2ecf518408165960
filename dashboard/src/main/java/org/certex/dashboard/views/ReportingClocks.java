package org.certex.dashboard.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NIS2 reporting clocks of a run: the latest state of each (incident, entity, report), the most
 * recently changed first. At most {@value #CAPACITY} clocks are kept, the least recently changed
 * dropped first.
 */
final class ReportingClocks {

  static final int CAPACITY = 5_000;

  private record Key(String incidentId, String entity, String report) {}

  private final Map<Key, ReportingClockView> latest =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ReportingClockView> eldest) {
          return size() > CAPACITY;
        }
      };

  void update(ReportingClockView clock) {
    Key key = new Key(clock.incidentId(), clock.entity(), clock.report());
    latest.remove(key);
    latest.put(key, clock);
  }

  List<ReportingClockView> all() {
    List<ReportingClockView> all = new ArrayList<>(latest.values());
    Collections.reverse(all);
    return all;
  }

  /** The clocks whose entity or CSIRT is {@code certId} ({@link TeamSight#clock}). */
  List<ReportingClockView> of(String certId) {
    List<ReportingClockView> own = new ArrayList<>();
    for (ReportingClockView clock : latest.values()) {
      if (TeamSight.clock(clock, certId)) {
        own.add(clock);
      }
    }
    Collections.reverse(own);
    return own;
  }
}
