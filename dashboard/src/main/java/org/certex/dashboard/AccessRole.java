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

  /** Whether this role may see what the sharing policy delivered to {@code recipient}. */
  boolean maySee(String recipient) {
    return isControl() || certId.equals(recipient);
  }

  /** {@code control} or {@code cert:<ORG-ID>}. */
  String name() {
    return isControl() ? "control" : "cert:" + certId;
  }
}
