package org.certex.streams.situation.attribution;

/**
 * Why a well-formed action was refused: a code a reader can count and a sentence a player can read.
 * It goes on the attribution topic as the record's {@code reason}, code first.
 */
record Refusal(Code code, String sentence) {

  /** The reasons an assessment, a proposal or a vote is refused. */
  enum Code {
    /** An assessment carries evidence but says under no label how it may travel. */
    EVIDENCE_UNLABELLED,
    /** An assessment carries evidence under a label wider than TLP:AMBER+STRICT. */
    EVIDENCE_LABEL_TOO_WIDE,
    /** A proposal id that was opened before. */
    DUPLICATE_PROPOSAL,
    /** A proposal whose deadline is not after the time it was made. */
    DEADLINE_NOT_AHEAD,
    /** A proposal in a run where no member state has a representative to vote. */
    NO_VOTING_STATES,
    /** A vote on a proposal the run has not seen. */
    UNKNOWN_PROPOSAL,
    /** A vote by a participant that represents no member state. */
    NOT_A_REPRESENTATIVE,
    /** A vote on a proposal already decided at its deadline. */
    PROPOSAL_DECIDED,
    /** A vote cast at or after the proposal's deadline. */
    AFTER_DEADLINE
  }

  /** The record's reason: {@code CODE: sentence}. */
  String reason() {
    return code + ": " + sentence;
  }
}
