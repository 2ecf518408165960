package org.certex.dashboard.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NIS2 reporting clocks of a run: the latest state of each (incident, entity, report), the most
 * recently changed first. At most {@value #CAPACITY} clocks are kept, the least recently changed
 * dropped first.
 */
final class ReportingClocks {

  static final int CAPACITY = 5_000;

  private record Key(String incidentId, String entity, String report) {}

  private final Holdings holdings;
  private final Map<String, Set<Key>> byIncident = new HashMap<>();
  private final Map<Key, ReportingClockView> latest =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ReportingClockView> eldest) {
          if (size() <= CAPACITY) {
            return false;
          }
          forget(eldest.getKey());
          return true;
        }
      };

  ReportingClocks(Holdings holdings) {
    this.holdings = holdings;
  }

  void update(ReportingClockView clock) {
    Key key = new Key(clock.incidentId(), clock.entity(), clock.report());
    latest.remove(key);
    latest.put(key, clock);
    byIncident.computeIfAbsent(clock.incidentId(), id -> new HashSet<>()).add(key);
  }

  /** The CERTs whose teams may see {@code clock} ({@link TeamSight#clock}). */
  Set<String> teamsOf(ReportingClockView clock) {
    Set<String> teams = new HashSet<>();
    for (String cert : new String[] {clock.entity(), clock.csirt()}) {
      if (cert != null && TeamSight.clock(clock, cert, holdings.holds(cert, clock.incidentId()))) {
        teams.add(cert);
      }
    }
    return teams;
  }

  /** The clocks of the incident {@code alertId} names whose CSIRT is {@code certId}. */
  List<ReportingClockView> answeredBy(String certId, String alertId) {
    List<ReportingClockView> clocks = new ArrayList<>();
    for (Key key : byIncident.getOrDefault(alertId, Set.of())) {
      ReportingClockView clock = latest.get(key);
      if (clock != null && certId.equals(clock.csirt()) && !certId.equals(clock.entity())) {
        clocks.add(clock);
      }
    }
    return clocks;
  }

  private void forget(Key key) {
    Set<Key> keys = byIncident.get(key.incidentId());
    if (keys != null && keys.remove(key) && keys.isEmpty()) {
      byIncident.remove(key.incidentId());
    }
  }

  List<ReportingClockView> all() {
    List<ReportingClockView> all = new ArrayList<>(latest.values());
    Collections.reverse(all);
    return all;
  }

  /** The clocks {@code certId}'s team may see ({@link TeamSight#clock}). */
  List<ReportingClockView> of(String certId) {
    List<ReportingClockView> own = new ArrayList<>();
    for (ReportingClockView clock : latest.values()) {
      if (TeamSight.clock(clock, certId, holdings.holds(certId, clock.incidentId()))) {
        own.add(clock);
      }
    }
    Collections.reverse(own);
    return own;
  }
}
