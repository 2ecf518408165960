package org.certex.dashboard.actions;

/**
 * The dashboard's answer to a team's own alert: the broker has the alert and its notification; the
 * sharing policy's decision on the alert, and the expectations the notification meets, name these
 * ids.
 */
record TeamAlertReceipt(String alertId, String actionId) {

  static TeamAlertReceipt of(TeamAlert alert) {
    return new TeamAlertReceipt(alert.alertId(), alert.notification().actionId());
  }
}
