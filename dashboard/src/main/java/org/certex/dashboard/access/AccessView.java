package org.certex.dashboard.access;

/**
 * What a page's grant opens in a run, so the page knows what to show before it asks for any data.
 *
 * @param role {@code control}, {@code evaluator} or {@code cert:<ORG-ID>}
 * @param control whether the grant is the run's exercise control (every CERT, every write)
 * @param cert the CERT a trainee's grant is bound to, or null for control and evaluators
 * @param evaluator whether the grant is an evaluator's (reads the whole run, writes nothing)
 */
record AccessView(String runId, String role, boolean control, String cert, boolean evaluator) {

  static AccessView of(String runId, AccessRole role) {
    return new AccessView(runId, role.name(), role.isControl(), role.certId(), role.isEvaluator());
  }
}
