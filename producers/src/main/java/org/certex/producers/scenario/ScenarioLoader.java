package org.certex.producers.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads and validates scenario files (YAML; the format is described in {@code
 * scenarios/cyber-tesla-2021.yaml}).
 *
 * <p>Validation reports every problem at once, each with its line and column, because planners edit
 * these files by hand between exercise runs and a one-error-at-a-time loop wastes their afternoon.
 * Each top-level section has its own reader; a new section (e.g. {@code injects:} for an MSEL) is a
 * new reader and a new name in {@link #SECTIONS}.
 */
public final class ScenarioLoader {

  static final List<String> SECTIONS =
      List.of(ExerciseSection.KEY, ParticipantsSection.KEY, AlertsSection.KEY);

  /**
   * @throws InvalidScenarioException carrying every problem, if there is at least one
   */
  public Scenario load(Path file) throws InvalidScenarioException {
    ScenarioReading reading = read(file);
    if (reading.scenario().isEmpty()) {
      throw new InvalidScenarioException(reading.problems());
    }
    return reading.scenario().get();
  }

  /** Every problem of the file, in file order; empty if it is a valid scenario. */
  public List<ScenarioProblem> validate(Path file) {
    return read(file).problems();
  }

  ScenarioReading read(Path file) {
    ProblemLog log = new ProblemLog(file);
    Optional<YamlMapping> root =
        YamlDocument.compose(file, log)
            .flatMap(node -> YamlMapping.of(node, "the scenario file", SECTIONS, log));
    if (root.isEmpty()) {
      return new ScenarioReading(Optional.empty(), ExerciseHeader.UNREADABLE, 0, 0, log.problems());
    }
    YamlMapping sections = root.get();
    ExerciseHeader exercise = new ExerciseSection(log).read(sections);
    ParticipantRoster roster = new ParticipantsSection(log).read(sections);
    List<ScheduledAlert> alerts =
        new AlertsSection(log, roster, exercise.duration()).read(sections);
    Optional<Scenario> scenario =
        log.isClean() ? Optional.of(assemble(exercise, roster, alerts)) : Optional.empty();
    return new ScenarioReading(
        scenario,
        exercise,
        sections.peekListSize(ParticipantsSection.KEY),
        sections.peekListSize(AlertsSection.KEY),
        log.problems());
  }

  private static Scenario assemble(
      ExerciseHeader exercise, ParticipantRoster roster, List<ScheduledAlert> alerts) {
    return new Scenario(
        exercise.id(),
        exercise.title(),
        exercise.objectives(),
        exercise.start(),
        exercise.duration(),
        exercise.speed(),
        exercise.seed(),
        roster.participants(),
        alerts);
  }
}
