package org.certex.producers.scenario;

/**
 * An organisation taking part in an exercise.
 *
 * @param kind e.g. national-csirt, military-cert, operator, foreign-partner
 * @param playedBy who plays it: trainees (a team reacts on the dashboard) or the simulation cell
 */
public record ScenarioParticipant(
    String id, String name, String country, String kind, PlayedBy playedBy) {

  public enum PlayedBy {
    TRAINEES,
    SIMCELL
  }
}
