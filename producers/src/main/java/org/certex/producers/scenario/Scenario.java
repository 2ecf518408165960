package org.certex.producers.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise as its planners wrote it: metadata, the participating organisations, the timed alerts
 * they publish, and where its sharing policy departs from the EU defaults. Loaded and validated by
 * {@link ScenarioLoader}; immutable.
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
    List<ScheduledAlert> alerts,
    List<Inject> injects,
    List<NoiseProfile> noise,
    PolicyOverrides policy) {

  public Scenario {
    objectives = List.copyOf(objectives);
    participants = List.copyOf(participants);
    alerts = List.copyOf(alerts);
    injects = List.copyOf(injects);
    noise = List.copyOf(noise);
    Objects.requireNonNull(policy, "policy");
  }

  /** A scenario that keeps the sharing policy's EU defaults. */
  public Scenario(
      String id,
      String title,
      List<String> objectives,
      Instant start,
      Duration duration,
      double speed,
      long seed,
      List<ScenarioParticipant> participants,
      List<ScheduledAlert> alerts,
      List<Inject> injects,
      List<NoiseProfile> noise) {
    this(
        id,
        title,
        objectives,
        start,
        duration,
        speed,
        seed,
        participants,
        alerts,
        injects,
        noise,
        PolicyOverrides.NONE);
  }

  /** A scenario of plain timed alerts, without MSEL injects or noise. */
  public Scenario(
      String id,
      String title,
      List<String> objectives,
      Instant start,
      Duration duration,
      double speed,
      long seed,
      List<ScenarioParticipant> participants,
      List<ScheduledAlert> alerts) {
    this(
        id,
        title,
        objectives,
        start,
        duration,
        speed,
        seed,
        participants,
        alerts,
        List.of(),
        List.of(),
        PolicyOverrides.NONE);
  }

  public Optional<Inject> inject(String injectId) {
    return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
  }

  public Optional<ScenarioParticipant> participant(String orgId) {
    return participants.stream().filter(p -> p.id().equals(orgId)).findFirst();
  }

  public Instant end() {
    return start.plus(duration);
  }
}
