package org.certex.dashboard.actions;

import java.time.Instant;

/**
 * The dashboard's answer to an accepted action: the broker has it, and the pipeline will take it;
 * what it causes (a share's outcome, a clock's change, an expectation met) names the same {@code
 * actionId}.
 *
 * @param type the action's type, as on the actions topic
 * @param at the scenario time the action was stamped with
 */
record ActionReceipt(String actionId, String type, Instant at) {

  static ActionReceipt of(TeamAction action) {
    return new ActionReceipt(action.actionId(), action.kind().name(), action.at());
  }
}
