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
  SOURCE_PERMISSION(true);

  private final boolean delivers;

  SharingReason(boolean delivers) {
    this.delivers = delivers;
  }

  /** Whether a verdict with this reason delivers the alert. */
  public boolean delivers() {
    return delivers;
  }
}
