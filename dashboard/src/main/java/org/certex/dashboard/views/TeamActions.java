package org.certex.dashboard.views;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.certex.dashboard.views.ViewChange.ActionAdded;

/**
 * The actions of a run's teams, automatic players and simulation cell: all of them for exercise
 * control and evaluators, each team's own for that team, and the requests for permission on an
 * alert for the alert's source, with whether it granted them since.
 *
 * <p>Bounds: the latest {@value #ALL} actions of the run, the latest {@value #PER_TEAM} of each
 * actor, the latest {@value #PERMISSION_REQUESTS} permission requests. Every action id and every
 * (alert, target) its source granted is remembered, like the ledger's ids, so a redelivered action
 * is ignored.
 */
final class TeamActions {

  static final int ALL = 500;
  static final int PER_TEAM = 500;
  static final int PERMISSION_REQUESTS = 500;
  static final String GRANT_PERMISSION = "GRANT_PERMISSION";

  private final String runId;
  private final Holdings holdings;
  private final Set<String> actionIds = new HashSet<>();
  private final Set<String> grants = new HashSet<>();
  private final Latest<ActionView> all = new Latest<>(ALL);
  private final Map<String, Latest<ActionView>> byActor = new HashMap<>();
  private final Latest<ActionView> permissionRequests = new Latest<>(PERMISSION_REQUESTS);

  TeamActions(String runId, Holdings holdings) {
    this.runId = runId;
    this.holdings = holdings;
  }

  /** Folds an action in; nothing for one seen before. */
  Optional<ActionAdded> act(ActionView action) {
    if (!actionIds.add(action.actionId())) {
      return Optional.empty();
    }
    all.add(action);
    byActor.computeIfAbsent(action.actor(), a -> new Latest<>(PER_TEAM)).add(action);
    String source = holdings.sourceOf(action.alertId());
    if (TeamSight.REQUEST_PERMISSION.equals(action.type()) && action.alertId() != null) {
      permissionRequests.add(action);
    }
    if (GRANT_PERMISSION.equals(action.type())
        && action.alertId() != null
        && (source == null || source.equals(action.actor()))) {
      grants.add(action.alertId());
      action.targets().forEach(target -> grants.add(action.alertId() + "\n" + target));
    }
    return Optional.of(new ActionAdded(runId, action, source));
  }

  List<ActionView> all() {
    return all.newestFirst();
  }

  List<ActionView> of(String certId) {
    Latest<ActionView> own = byActor.get(certId);
    return own == null ? List.of() : own.newestFirst();
  }

  /** Other teams' requests for permission on alerts {@code certId} is the source of. */
  List<PermissionRequestView> permissionRequestsTo(String certId) {
    return permissionRequests.stream()
        .filter(request -> certId.equals(holdings.sourceOf(request.alertId())))
        .filter(request -> !certId.equals(request.actor()))
        .map(this::asked)
        .toList();
  }

  private PermissionRequestView asked(ActionView request) {
    String alertId = request.alertId();
    boolean granted =
        request.targets().isEmpty()
            ? grants.contains(alertId)
            : request.targets().stream().allMatch(t -> grants.contains(alertId + "\n" + t));
    return new PermissionRequestView(
        request.actionId(),
        request.actor(),
        alertId,
        request.targets(),
        request.note(),
        request.at(),
        granted);
  }
}
