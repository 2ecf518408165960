package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the {@code alerts:} section: the timed alerts the participants publish. Alerts may be
 * listed in any order; the scenario holds them in order of publication (file order for alerts at
 * the same time).
 */
final class AlertsSection {

  static final String KEY = "alerts";

  private final ProblemLog log;
  private final ParticipantRoster roster;
  private final Duration exerciseLength;

  /**
   * @param exerciseLength the exercise duration, or {@code null} if it could not be read
   */
  AlertsSection(ProblemLog log, ParticipantRoster roster, Duration exerciseLength) {
    this.log = log;
    this.roster = roster;
    this.exerciseLength = exerciseLength;
  }

  List<ScheduledAlert> read(YamlMapping scenario) {
    List<YamlMapping> alerts =
        scenario.requiredList(KEY).orElse(List.of()).stream()
            .flatMap(item -> YamlMapping.of(item, "an alert", AlertReader.KEYS, log).stream())
            .toList();
    AlertTimeline timeline = AlertTimeline.index(alerts, log);
    AlertReader reader = new AlertReader(roster, timeline, new AlertTiming(exerciseLength));
    List<ScheduledAlert> scheduled = new ArrayList<>();
    for (int position = 0; position < alerts.size(); position++) {
      reader.read(alerts.get(position), position).ifPresent(scheduled::add);
    }
    scheduled.sort(Comparator.comparing(ScheduledAlert::at));
    return scheduled;
  }
}
