package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;

/**
 * Another team's request for permission to share an alert wider, as the alert's source sees it.
 *
 * @param targets whom the requester would share with
 * @param granted whether the source has since granted permission on the alert to every target
 */
record PermissionRequestView(
    String actionId,
    String requestedBy,
    String alertId,
    List<String> targets,
    String note,
    Instant at,
    boolean granted) {

  PermissionRequestView {
    targets = List.copyOf(targets);
  }
}
