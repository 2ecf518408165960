package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the {@code alerts:} section: the timed alerts the participants publish, outside any MSEL
 * inject. Alerts may be listed in any order; the scenario holds them in order of publication (file
 * order for alerts at the same time).
 */
final class AlertsSection {

  static final String KEY = "alerts";

  private AlertsSection() {}

  /** The items of the section as mappings; items of another shape are logged and skipped. */
  static List<YamlMapping> items(YamlMapping scenario, ProblemLog log) {
    return scenario.optionalList(KEY).stream()
        .flatMap(item -> YamlMapping.of(item, "an alert", AlertReader.KEYS, log).stream())
        .toList();
  }

  /**
   * @param alerts the {@link #items}, which take the first positions of the {@link AlertTimeline}
   */
  static List<ScheduledAlert> read(List<YamlMapping> alerts, AlertReader reader) {
    List<ScheduledAlert> scheduled = new ArrayList<>();
    for (int position = 0; position < alerts.size(); position++) {
      reader.read(alerts.get(position), position).ifPresent(scheduled::add);
    }
    scheduled.sort(Comparator.comparing(ScheduledAlert::at));
    return scheduled;
  }
}
