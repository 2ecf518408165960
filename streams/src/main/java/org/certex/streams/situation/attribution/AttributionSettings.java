package org.certex.streams.situation.attribution;

import java.util.List;
import java.util.Optional;
import org.certex.avro.Confidence;
import org.certex.avro.SituationSettings;
import org.certex.schemas.RecordLimits;
import org.certex.streams.policy.Party;

/**
 * The scenario's settings of the attribution toolbox with certex's defaults filled in, checked
 * against the run's roster when the pipeline is built: a setting that names someone who is not
 * there fails the pipeline's start with a sentence saying which, rather than refusing every
 * proposal later.
 *
 * @param coordinationStates how many member states must name the same actor for the same subject
 * @param coordinationConfidence the lowest confidence that counts towards coordination
 * @param memberStates who acts and votes for which member state
 * @param outcomeSource who publishes outcomes; empty: the participant that made the proposal
 */
record AttributionSettings(
    int coordinationStates,
    Confidence coordinationConfidence,
    MemberStates memberStates,
    Optional<String> outcomeSource) {

  /** Two states: one state alone attributes nationally; "in concert" takes at least two. */
  static final int DEFAULT_COORDINATION_STATES = 2;

  /** A hunch (LOW) is not an attribution a state would join in public. */
  static final Confidence DEFAULT_COORDINATION_CONFIDENCE = Confidence.MODERATE;

  AttributionSettings {
    if (coordinationStates < 1 || coordinationStates > RecordLimits.PARTICIPANTS) {
      throw new IllegalArgumentException(
          "situation.coordinatedAttributionStates must be 1 to "
              + RecordLimits.PARTICIPANTS
              + ", was "
              + coordinationStates);
    }
    outcomeSource
        .filter(source -> !memberStates.isParticipant(source))
        .ifPresent(
            source -> {
              throw new IllegalArgumentException(
                  "situation.outcomeSource '" + source + "' is not a participant of the run");
            });
  }

  static AttributionSettings of(SituationSettings situation, List<Party> roster) {
    return new AttributionSettings(
        Optional.ofNullable(situation.getCoordinatedAttributionStates())
            .orElse(DEFAULT_COORDINATION_STATES),
        Optional.ofNullable(situation.getCoordinatedAttributionConfidence())
            .orElse(DEFAULT_COORDINATION_CONFIDENCE),
        MemberStates.of(roster, situation.getRepresentatives()),
        Optional.ofNullable(situation.getOutcomeSource()));
  }

  /** Who publishes the outcome of a proposal that {@code proposer} made. */
  String publisherFor(String proposer) {
    return outcomeSource.orElse(proposer);
  }
}
