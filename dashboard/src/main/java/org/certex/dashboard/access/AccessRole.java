package org.certex.dashboard.access;

import java.io.Serial;
import java.io.Serializable;

/**
 * Who an access key speaks for in one run: exercise control (the white cell), who sees every CERT
 * and acts for any; an evaluator, who reads everything control reads and changes nothing; or one
 * trainee team, bound to one CERT. Its {@link #name()}, {@code control}, {@code evaluator} or
 * {@code cert:<ORG-ID>}, is what {@link AccessKeys} derives a key from. Serializable: a page's
 * grants live in its HTTP session ({@link SessionGrants}).
 *
 * @param kind which of the three
 * @param certId the CERT a trainee team is bound to, or null for control and evaluators
 */
public record AccessRole(Kind kind, String certId) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The three kinds of role, by what they may do. */
  enum Kind {
    CONTROL,
    EVALUATOR,
    CERT
  }

  public static final AccessRole CONTROL = new AccessRole(Kind.CONTROL, null);
  public static final AccessRole EVALUATOR = new AccessRole(Kind.EVALUATOR, null);

  public AccessRole {
    if (kind == null) {
      throw new IllegalArgumentException("a role needs its kind");
    }
    if ((kind == Kind.CERT) != (certId != null) || (certId != null && certId.isBlank())) {
      throw new IllegalArgumentException(
          "a CERT's role needs the CERT's organisation id, and only a CERT's role has one");
    }
  }

  public static AccessRole cert(String certId) {
    if (certId == null) {
      throw new IllegalArgumentException("a CERT's role needs the CERT's organisation id");
    }
    return new AccessRole(Kind.CERT, certId);
  }

  /** Exercise control: sees every CERT, acts for any, sends control requests. */
  boolean isControl() {
    return kind == Kind.CONTROL;
  }

  boolean isEvaluator() {
    return kind == Kind.EVALUATOR;
  }

  /** Whether this role reads the whole run: exercise control and evaluators. */
  public boolean readsWholeRun() {
    return kind != Kind.CERT;
  }

  /**
   * Whether this role may see what concerns {@code org}: what the sharing policy delivered to it,
   * and the outcomes of its team's requests.
   */
  public boolean maySee(String org) {
    return readsWholeRun() || certId.equals(org);
  }

  /** {@code control}, {@code evaluator} or {@code cert:<ORG-ID>}. */
  public String name() {
    return switch (kind) {
      case CONTROL -> "control";
      case EVALUATOR -> "evaluator";
      case CERT -> "cert:" + certId;
    };
  }
}
