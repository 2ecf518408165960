package org.certex.dashboard.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Which role, if any, lets a caller through a handler's {@link Clearance}: the decision of {@link
 * AccessInterceptor}, from what Spring Security authenticated (a page's {@link SessionGrants} or an
 * API client's {@link HeaderKey}) and the run and CERT the handler's path names.
 *
 * <ul>
 *   <li>{@link Clearance#CERT}: that CERT's team, control or an evaluator of the run;
 *   <li>{@link Clearance#TEAM_ACTION}: that CERT's team or control, never an evaluator;
 *   <li>{@link Clearance#OBSERVE}: control or an evaluator;
 *   <li>{@link Clearance#CONTROL}: control only.
 * </ul>
 *
 * An evaluator is refused every call that is not a GET or HEAD, whatever the handler declares: an
 * endpoint that writes under a reading clearance still lets no evaluator change anything. When a
 * caller holds several roles in the run, the narrowest one that clears is chosen (the CERT's own
 * team before control, control before an evaluator), so an action records who really acted.
 */
public final class ClearancePolicy {

  private static final Comparator<AccessRole> NARROWEST_FIRST =
      Comparator.comparing(role -> role.isControl() ? 1 : role.isEvaluator() ? 2 : 0);

  private final AccessKeys keys;

  public ClearancePolicy(AccessKeys keys) {
    this.keys = keys;
  }

  /**
   * The role the caller passes {@code clearance} with, or empty.
   *
   * @param certId the CERT the handler's path names, or null
   * @param reads whether the call is a GET or HEAD
   */
  Optional<AccessRole> admit(
      Authentication caller, Clearance clearance, String runId, String certId, boolean reads) {
    return rolesOf(caller, runId, certId).stream()
        .filter(role -> clears(role, clearance, certId))
        .filter(role -> reads || !role.isEvaluator())
        .min(NARROWEST_FIRST);
  }

  static boolean clears(AccessRole role, Clearance clearance, String certId) {
    return switch (clearance) {
      case OPEN -> true;
      case CERT -> role.readsWholeRun() || role.certId().equals(certId);
      case TEAM_ACTION -> role.isControl() || (!role.isEvaluator() && role.certId().equals(certId));
      case OBSERVE -> role.readsWholeRun();
      case CONTROL -> role.isControl();
    };
  }

  private List<AccessRole> rolesOf(Authentication caller, String runId, String certId) {
    if (caller instanceof SessionGrants session) {
      return session.rolesIn(runId);
    }
    if (caller instanceof HeaderKey header) {
      return keys.roleOf(runId, header.key(), certId).stream().toList();
    }
    return List.of();
  }
}
