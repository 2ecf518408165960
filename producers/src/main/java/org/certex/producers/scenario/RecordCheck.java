package org.certex.producers.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Tlp;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks the records a scenario will put on its run's topics against {@link RecordLimits}, located
 * at what they are made of, so that a file {@code validate} accepts is one the pipeline accepts
 * too. The readers check each field as they read it; this checks the records whole: every alert
 * with {@link RecordLimits#problemsOf(IncidentAlert)}, the largest alert each noise profile can
 * publish, and the run record against {@link RecordLimits#RECORD_BYTES}.
 */
final class RecordCheck {

  private static final AvroSerde<ExerciseRun> RUNS = AvroSerde.of(ExerciseRun.class);

  private final ExerciseHeader exercise;
  private final ParticipantRoster roster;

  RecordCheck(ExerciseHeader exercise, ParticipantRoster roster) {
    this.exercise = exercise;
    this.roster = roster;
  }

  /** Logs, at the mapping {@code alert} was read from, every limit its record breaks. */
  void alert(ScheduledAlert alert, YamlMapping at) {
    record(alert).stream()
        .flatMap(record -> RecordLimits.problemsOf(record).stream())
        .forEach(
            problem -> at.report(at.node(), "the alert as published breaks a limit: " + problem));
  }

  /**
   * Logs, at {@code at}, every limit broken by the largest alert {@code profile} can publish: the
   * one with the longest id its counter can give and the longest of its RSIT labels.
   *
   * @param ordinal the profile's place among those of the same sender, from 1 ({@link
   *     NoiseProfile#alert})
   */
  void noise(NoiseProfile profile, int ordinal, YamlMapping at) {
    String longestLabel =
        profile.rsit().keySet().stream()
            .max((a, b) -> Integer.compare(a.length(), b.length()))
            .orElseThrow();
    ScheduledAlert largest =
        profile.alert(ordinal, Integer.MAX_VALUE, Duration.ZERO, longestLabel, Tlp.CLEAR);
    record(largest).stream()
        .flatMap(record -> RecordLimits.problemsOf(record).stream())
        .forEach(
            problem ->
                at.report(at.node(), "a noise alert of this profile breaks a limit: " + problem));
  }

  /** Logs, at {@code at}, a run record of {@code scenario} that encodes past the ceiling. */
  static void run(Scenario scenario, Node at, ProblemLog log) {
    int size =
        RUNS.encodeUnbounded(RunRecords.ended(scenario, RunRecords.standInRunId(scenario.id())))
            .length;
    if (size > RecordLimits.RECORD_BYTES) {
      log.report(
          at,
          String.format(
              "the run record (participants, their relations, the policy, the MSEL) encodes to"
                  + " %,d bytes; at most %,d: declare fewer participants, relations or injects",
              size, RecordLimits.RECORD_BYTES));
    }
  }

  private Optional<IncidentAlert> record(ScheduledAlert alert) {
    if (exercise.id() == null || exercise.start() == null) {
      return Optional.empty();
    }
    List<ScenarioParticipant> sources =
        roster.participants().stream().filter(p -> p.id().equals(alert.from())).toList();
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    Instant reportedAt = exercise.start().plus(alert.at());
    return Optional.of(
        AlertRecords.of(alert, sources.get(0), RunRecords.standInRunId(exercise.id()), reportedAt));
  }
}
