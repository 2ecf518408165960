package org.certex.producers.scenario;

import java.nio.file.Path;

/**
 * One line of the scenario catalogue. Broken files are listed too, with what could be read; {@link
 * ScenarioLoader#validate} gives their problems.
 *
 * @param id the exercise id, or the file name without extension if the id is missing or invalid
 * @param title the exercise title, empty if missing
 * @param participants how many entries the participants list has, valid or not
 * @param alerts how many alerts the scenario publishes: entries of the alerts list and injects that
 *     carry an alert (contingencies too), valid or not
 * @param injects how many entries the injects list (the MSEL) has, valid or not
 * @param valid whether the file is a valid scenario
 * @param problems how many problems the file has; 0 if valid
 */
public record ScenarioSummary(
    Path file,
    String id,
    String title,
    int participants,
    int alerts,
    int injects,
    boolean valid,
    int problems) {

  static ScenarioSummary of(Path file, ScenarioReading reading) {
    ExerciseHeader exercise = reading.exercise();
    String fileName = file.getFileName().toString();
    return new ScenarioSummary(
        file,
        exercise.id() != null ? exercise.id() : fileName.replaceFirst("(?i)\\.ya?ml$", ""),
        exercise.title() != null ? exercise.title() : "",
        reading.participantCount(),
        reading.alertCount(),
        reading.injectCount(),
        reading.problems().isEmpty(),
        reading.problems().size());
  }
}
