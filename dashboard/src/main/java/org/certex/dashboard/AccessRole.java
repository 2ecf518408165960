package org.certex.dashboard;

/**
 * Who an access key speaks for in one run: exercise control (the white cell and evaluators), who
 * may see every CERT's inbox, or one trainee team, bound to one CERT. Its {@link #name()}, {@code
 * control} or {@code cert:<ORG-ID>}, is what {@link AccessKeys} derives a key from.
 *
 * @param certId the CERT a trainee team is bound to, or null for exercise control
 */
record AccessRole(String certId) {

  static final AccessRole CONTROL = new AccessRole(null);

  AccessRole {
    if (certId != null && certId.isBlank()) {
      throw new IllegalArgumentException("a CERT's role needs the CERT's organisation id");
    }
  }

  static AccessRole cert(String certId) {
    if (certId == null) {
      throw new IllegalArgumentException("a CERT's role needs the CERT's organisation id");
    }
    return new AccessRole(certId);
  }

  boolean isControl() {
    return certId == null;
  }

  /**
   * Whether this role may see what concerns {@code org}: what the sharing policy delivered to it,
   * and the outcomes of its team's requests.
   */
  boolean maySee(String org) {
    return isControl() || certId.equals(org);
  }

  /** {@code control} or {@code cert:<ORG-ID>}. */
  String name() {
    return isControl() ? "control" : "cert:" + certId;
  }
}
