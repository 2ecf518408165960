package org.certex.producers.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An exercise as its planners wrote it: metadata, the participating organisations and the timed
 * alerts they publish. Loaded and validated by {@link ScenarioLoader}; immutable.
 */
public record Scenario(
    String id,
    String title,
    List<String> objectives,
    Instant start,
    Duration duration,
    double speed,
    long seed,
    List<ScenarioParticipant> participants,
    List<ScheduledAlert> alerts) {

  public Scenario {
    objectives = List.copyOf(objectives);
    participants = List.copyOf(participants);
    alerts = List.copyOf(alerts);
  }

  public Optional<ScenarioParticipant> participant(String orgId) {
    return participants.stream().filter(p -> p.id().equals(orgId)).findFirst();
  }

  public Instant end() {
    return start.plus(duration);
  }
}
