package org.certex.streams.situation.incidents;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.certex.avro.IncidentAlert;

/**
 * Incidents straight from their definition, with none of the topology's shortcuts: every pair of
 * alerts that share a key within the window is linked, incidents are the connected groups whose
 * alerts come from two organisations or more, and each is named after its oldest member.
 */
final class CorrelationOracle {

  private CorrelationOracle() {}

  static Map<String, TreeSet<String>> incidents(List<IncidentAlert> alerts, long windowMillis) {
    int n = alerts.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (linked(alerts.get(i), alerts.get(j), windowMillis)) {
          relabel(group, group[j], group[i]);
        }
      }
    }
    Map<String, TreeSet<String>> incidents = new TreeMap<>();
    for (int g : new TreeSet<>(Arrays.stream(group).boxed().toList())) {
      List<IncidentAlert> members =
          IntStream.range(0, n).filter(i -> group[i] == g).mapToObj(alerts::get).toList();
      Set<String> orgs = new HashSet<>();
      members.forEach(m -> orgs.add(m.getSourceOrg()));
      if (orgs.size() >= 2) {
        IncidentAlert oldest =
            members.stream()
                .min(
                    Comparator.comparing(IncidentAlert::getDetectedAt)
                        .thenComparing(IncidentIds::of))
                .orElseThrow();
        TreeSet<String> ids = new TreeSet<>();
        members.forEach(m -> ids.add(m.getAlertId()));
        incidents.put(IncidentIds.of(oldest), ids);
      }
    }
    return incidents;
  }

  private static boolean linked(IncidentAlert a, IncidentAlert b, long windowMillis) {
    long apart = Math.abs(a.getReportedAt().toEpochMilli() - b.getReportedAt().toEpochMilli());
    if (apart > windowMillis) {
      return false;
    }
    Set<String> keys = new HashSet<>(CorrelationKeys.of(a));
    return CorrelationKeys.of(b).stream().anyMatch(keys::contains);
  }

  private static void relabel(int[] group, int from, int to) {
    for (int i = 0; i < group.length; i++) {
      if (group[i] == from) {
        group[i] = to;
      }
    }
  }
}
