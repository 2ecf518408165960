package org.certex.producers.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise as its planners wrote it: metadata, the participating organisations, the timed alerts
 * they publish, and where its sharing policy departs from the EU defaults. Loaded and validated by
 * {@link ScenarioLoader}; immutable.
 *
 * @param expectationLocations where each expectation was written in the scenario file, by
 *     expectation id, for checks that point planners at it; empty for a scenario built in code
 * @param tick the scenario-time interval of the engine's clock ticks on the control topic, which
 *     let deadlines downstream pass even when nothing else happens
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
    PolicyOverrides policy,
    Map<String, SourceLocation> expectationLocations,
    Duration tick) {

  /** How often the engine publishes a clock tick unless the scenario says otherwise. */
  public static final Duration DEFAULT_TICK = Duration.ofMinutes(1);

  public Scenario {
    objectives = List.copyOf(objectives);
    participants = List.copyOf(participants);
    alerts = List.copyOf(alerts);
    injects = List.copyOf(injects);
    noise = List.copyOf(noise);
    Objects.requireNonNull(policy, "policy");
    expectationLocations = Map.copyOf(expectationLocations);
    Objects.requireNonNull(tick, "tick");
    if (tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("the tick interval must be positive, was " + tick);
    }
  }

  /** A scenario whose engine ticks every {@link #DEFAULT_TICK}. */
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
      List<NoiseProfile> noise,
      PolicyOverrides policy,
      Map<String, SourceLocation> expectationLocations) {
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
        policy,
        expectationLocations,
        DEFAULT_TICK);
  }

  /**
   * A scenario built in code rather than read from a file: it keeps the sharing policy's EU
   * defaults, and its expectations have no location.
   */
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
        PolicyOverrides.NONE,
        Map.of());
  }

  public Optional<Inject> inject(String injectId) {
    return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
  }

  /** Where the expectation with this id was written; empty for a scenario built in code. */
  public Optional<SourceLocation> locationOf(String expectationId) {
    return Optional.ofNullable(expectationLocations.get(expectationId));
  }

  public Optional<ScenarioParticipant> participant(String orgId) {
    return participants.stream().filter(p -> p.id().equals(orgId)).findFirst();
  }

  public Instant end() {
    return start.plus(duration);
  }
}
