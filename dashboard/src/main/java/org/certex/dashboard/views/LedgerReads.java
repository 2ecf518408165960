package org.certex.dashboard.views;

import java.util.List;
import org.certex.dashboard.scores.AttributionPicture;

/**
 * The reads the dashboard's controllers make of one run's folded state, for the readers outside
 * this package (the debrief, exports): whole for exercise control and evaluators, and per CERT
 * exactly as that CERT's team sees it live ({@link TeamSight}). To be called inside {@link
 * ExerciseViews#read}, under the fold's lock; every list returned is a copy.
 */
public final class LedgerReads {

  private LedgerReads() {}

  public static RunView run(RunLedger run) {
    return run.view();
  }

  /** The MSEL: every inject in plan order with its expectations, then the unplanned ones. */
  public static List<MselRow> msel(RunLedger run) {
    return run.play().msel().rows();
  }

  /** Every action of the run, newest first (the latest {@value TeamActions#ALL}). */
  public static List<ActionView> actions(RunLedger run) {
    return run.play().teams().all();
  }

  /** The NIS2 reporting clocks of the run, whole. */
  public static List<ReportingClockView> clocks(RunLedger run) {
    return run.play().situation().clocks().all();
  }

  public static List<IncidentView> incidents(RunLedger run) {
    return run.play().situation().incidents().all();
  }

  public static AttributionPicture attribution(RunLedger run) {
    return run.play().situation().attribution().whole();
  }

  /** What the policy delivered to {@code certId}, newest first (its inbox, as bounded). */
  public static List<DeliveryView> inboxOf(RunLedger run, String certId) {
    return run.inboxOf(certId);
  }

  /** The outcomes of {@code certId}'s team's own requests, newest first. */
  public static List<RequestOutcome> outcomesOf(RunLedger run, String certId) {
    return run.outcomesOf(certId);
  }

  /** {@code certId}'s team's own actions, newest first. */
  public static List<ActionView> actionsOf(RunLedger run, String certId) {
    return run.play().teams().of(certId);
  }

  /** {@code certId}'s team's own expectations that opened, without the MSEL's descriptions. */
  public static List<TeamExpectationView> expectationsOf(RunLedger run, String certId) {
    return run.play().msel().expectationsOf(certId);
  }

  /** The NIS2 clocks {@code certId} sees: its own entity's, once it holds their alert. */
  public static List<ReportingClockView> clocksOf(RunLedger run, String certId) {
    return run.play().situation().clocks().of(certId);
  }

  /** The incidents as far as {@code certId} holds their alerts. */
  public static List<IncidentView> incidentsOf(RunLedger run, String certId) {
    return run.play().situation().incidents().of(certId);
  }

  /** The attribution toolbox as {@code certId}'s team sees it. */
  public static AttributionPicture attributionOf(RunLedger run, String certId) {
    return run.play().situation().attribution().of(certId, run.countryOf(certId));
  }
}
