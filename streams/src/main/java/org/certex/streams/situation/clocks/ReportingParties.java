package org.certex.streams.situation.clocks;

import org.certex.avro.ActionType;
import org.certex.avro.Nis2Report;
import org.certex.avro.TraineeAction;

/**
 * Who must send which report to whom. The entity sends the early warning, the notification, the
 * intermediate and the final report to its national CSIRT; the CSIRT sends its feedback, and its
 * request for an intermediate report, to the entity. "To" means the recipient is among the action's
 * targets (other targets may be there too: a copy to a sector authority changes nothing). An action
 * from anybody else, or not to the right recipient, is some other exchange: it neither closes nor
 * opens a clock.
 */
final class ReportingParties {

  private ReportingParties() {}

  /**
   * Whether {@code action} (a REPORT or REQUEST_REPORT) comes from the right party to the right
   * one.
   */
  static boolean fromRightParty(IncidentParties parties, TraineeAction action) {
    boolean fromCsirt =
        action.getType() == ActionType.REQUEST_REPORT || action.getReport() == Nis2Report.FEEDBACK;
    String sender = fromCsirt ? parties.csirt() : parties.entity();
    String recipient = fromCsirt ? parties.entity() : parties.csirt();
    return sender.equals(action.getActor()) && action.getTargets().contains(recipient);
  }
}
