package org.certex.streams.policy;

/**
 * Machine-readable reasons for a sharing verdict. They are written into every {@code
 * SharingDecision}, so evaluators can audit each (alert, recipient) pair after the exercise.
 */
public enum ReasonCode {
  /** The source always holds its own alert. */
  SOURCE_OWN_ALERT,
  /** TLP:CLEAR: anyone may receive it. */
  TLP_CLEAR_ANYONE,
  /** TLP:GREEN: every participant of the exercise is part of the community. */
  TLP_GREEN_PARTICIPANT,
  /** The national CSIRT of the source's country: the source's own CERT. */
  OWN_NATIONAL_CSIRT,
  /** A label stricter than GREEN: only the source and its own CERT receive it. */
  TLP_RESTRICTED_TO_OWN_CERT
}
