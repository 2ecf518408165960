package org.certex.dashboard;

import java.time.Instant;

/**
 * The dashboard's answer to an accepted action: the broker has it, and the sharing policy will
 * decide it; the outcome then arrives among the team's outcomes, under the same {@code actionId}.
 *
 * @param at the scenario time the action was stamped with
 */
record ActionReceipt(String actionId, Instant at) {

  static ActionReceipt of(TeamAction action) {
    return new ActionReceipt(action.actionId(), action.at());
  }
}
