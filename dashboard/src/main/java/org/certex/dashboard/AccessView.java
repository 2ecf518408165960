package org.certex.dashboard;

/**
 * What a page's key opens in a run, so the page knows what to show before it asks for any data.
 *
 * @param role {@code control} or {@code cert:<ORG-ID>}
 * @param control whether the key is the run's control key (every CERT's inbox)
 * @param cert the CERT a trainee's key is bound to, or null for control
 */
record AccessView(String runId, String role, boolean control, String cert) {

  static AccessView of(String runId, AccessRole role) {
    return new AccessView(runId, role.name(), role.isControl(), role.certId());
  }
}
