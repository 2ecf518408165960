package org.certex.producers.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Everything learnt from reading one scenario file: the scenario if the file is valid, and in any
 * case what could be read of it, for catalogues that list broken files too.
 *
 * @param participantCount entries in the {@code participants:} list, valid or not
 * @param alertCount the alerts the scenario publishes: entries of the {@code alerts:} list and
 *     injects that carry an alert, valid or not
 * @param injectCount entries in the {@code injects:} list, valid or not
 */
record ScenarioReading(
    Optional<Scenario> scenario,
    ExerciseHeader exercise,
    int participantCount,
    int alertCount,
    int injectCount,
    List<ScenarioProblem> problems) {

  ScenarioReading {
    problems = List.copyOf(problems);
  }
}
