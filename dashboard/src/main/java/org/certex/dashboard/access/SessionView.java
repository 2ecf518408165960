package org.certex.dashboard.access;

import java.util.List;

/**
 * {@code GET /api/session}: the grants a page's session holds and where its writes put the CSRF
 * token.
 *
 * @param csrf the header and the token, or a null token when there is no session
 */
record SessionView(List<Grant> grants, Csrf csrf) {

  /**
   * One grant: {@code role} is {@code control}, {@code evaluator} or {@code cert}, and {@code cert}
   * the CERT of a team's grant (null otherwise).
   */
  record Grant(String runId, String role, String cert) {

    static Grant of(AccessGrant grant) {
      AccessRole role = grant.role();
      String kind = role.isControl() ? "control" : role.isEvaluator() ? "evaluator" : "cert";
      return new Grant(grant.runId(), kind, role.certId());
    }
  }

  record Csrf(String header, String token) {}

  static SessionView of(List<AccessGrant> grants, String header, String token) {
    return new SessionView(grants.stream().map(Grant::of).toList(), new Csrf(header, token));
  }
}
