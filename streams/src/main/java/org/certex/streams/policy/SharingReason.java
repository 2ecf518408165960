package org.certex.streams.policy;

/**
 * Why {@link Tlp2Policy} delivers an alert to a candidate or withholds it: one machine-readable
 * code per (alert, candidate) pair, written into the audit trail evaluators read after the
 * exercise. docs/SHARING-POLICY.md lists them in the same words.
 */
public enum SharingReason {
  /** The source always holds its own alert. */
  SOURCE_OWN_ALERT(true),
  /** TLP:CLEAR: anyone may receive it. */
  CLEAR_ANYONE(true),
  /** TLP:RED, and the source named this organisation as an addressee. */
  RED_NAMED_RECIPIENT(true),
  /** TLP:RED, and the source did not name this organisation. */
  RED_NOT_NAMED(false),
  /** TLP:AMBER+STRICT, and this organisation is an addressee. */
  AMBER_STRICT_ADDRESSEE(true),
  /** TLP:AMBER+STRICT stays inside the addressees' own organisations, not their clients. */
  AMBER_STRICT_NOT_ADDRESSEE(false),
  /** TLP:AMBER, and this organisation is an addressee. */
  AMBER_ADDRESSEE(true),
  /** TLP:AMBER, and this organisation is a client or constituent of an addressee. */
  AMBER_CLIENT_OF_ADDRESSEE(true),
  /** TLP:AMBER, and this organisation is neither an addressee nor an addressee's client. */
  AMBER_NOT_CLIENT(false),
  /** TLP:GREEN, and this organisation is an addressee. */
  GREEN_ADDRESSEE(true),
  /** TLP:GREEN, and this organisation shares a community with the source or an addressee. */
  GREEN_COMMUNITY_MEMBER(true),
  /**
   * TLP:GREEN, and this organisation is a client or constituent of an addressee: what TLP:AMBER
   * allows, TLP:GREEN allows too.
   */
  GREEN_CLIENT_OF_ADDRESSEE(true),
  /** TLP:GREEN, and this organisation has a bilateral agreement with the source or an addressee. */
  GREEN_AGREEMENT_PARTNER(true),
  /** TLP:GREEN, and this organisation is in none of the communities the alert may reach. */
  GREEN_OUTSIDE_COMMUNITY(false),
  /**
   * NIS2 Art. 23: a significant cross-border incident reaches the national CSIRTs of the affected
   * EU member states and ENISA, when the label allows it (TLP:GREEN and TLP:AMBER by default).
   */
  NIS2_CROSS_BORDER_FORWARD(true),
  /** Wider than the label, explicitly permitted by the source. */
  SOURCE_PERMISSION(true),

  // Share requests and permissions: one verdict per target of a team's request.

  /** The source shared its own alert further; the source may always widen its own alert. */
  SOURCE_SHARED(true),
  /** TLP:GREEN, shared onward by a holder with a member of one of the holder's communities. */
  GREEN_COMMUNITY_OF_SHARER(true),
  /** TLP:GREEN, shared onward by a holder with one of its own clients or constituents. */
  GREEN_CLIENT_OF_SHARER(true),
  /** TLP:GREEN, shared onward by a holder with its bilateral agreement partner. */
  GREEN_AGREEMENT_OF_SHARER(true),
  /**
   * TLP:GREEN, refused: the target is neither in a community of the holder sharing it, nor its
   * client, nor its agreement partner.
   */
  GREEN_OUTSIDE_SHARER_COMMUNITY(false),
  /** TLP:AMBER, shared onward by a holder with one of its own clients or constituents. */
  AMBER_CLIENT_OF_SHARER(true),
  /** TLP:AMBER, refused: the target is not a client or constituent of the holder sharing it. */
  AMBER_NOT_SHARER_CLIENT(false),
  /** TLP:AMBER+STRICT, refused: a holder may not pass it beyond its own organisation. */
  AMBER_STRICT_NO_ONWARD_SHARING(false),
  /** TLP:RED, refused: only the source may name further recipients. */
  RED_NO_ONWARD_SHARING(false),
  /** Refused: the team asking to share does not hold the alert. */
  SHARER_DOES_NOT_HOLD(false),
  /** Refused: only the alert's source may grant permission to share it wider. */
  PERMISSION_NOT_FROM_SOURCE(false),
  /** Nothing to do: the target holds the alert already. */
  RECIPIENT_ALREADY_HOLDS(false),
  /** Refused: the target is not a participant of the exercise. */
  UNKNOWN_RECIPIENT(false);

  private final boolean delivers;

  SharingReason(boolean delivers) {
    this.delivers = delivers;
  }

  /** Whether a verdict with this reason delivers the alert. */
  public boolean delivers() {
    return delivers;
  }
}
