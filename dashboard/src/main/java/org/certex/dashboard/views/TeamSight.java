package org.certex.dashboard.views;

import java.util.Set;
import org.certex.dashboard.live.LiveEvent;

/**
 * What a trainee team may see of the exercise as it is played, beyond its inbox and the outcomes of
 * its requests: one place for the rule, which the CERT's endpoints and its live stream ({@link
 * LiveEvent#of}) both apply. Exercise control and evaluators see everything. Incidents follow
 * {@code org.certex.schemas.IncidentVisibility} (see {@link IncidentBoard}).
 */
public final class TeamSight {

  /** Outcomes and proposals of the attribution toolbox: news for every member state. */
  static final Set<String> PUBLIC_ATTRIBUTION =
      Set.of("PROPOSAL_OPENED", "ADOPTED", "BLOCKED", "NOT_ADOPTED");

  /** A declaration of coordinated attribution: for the states that are part of it. */
  static final String COORDINATED = "COORDINATED_ATTRIBUTION";

  /** Records of one participant's own act: for its own team only, never for another's. */
  static final Set<String> OWN_ATTRIBUTION =
      Set.of("ASSESSMENT", "ASSESSMENT_REFUSED", "VOTE", "VOTE_REFUSED", "PROPOSAL_REFUSED");

  static final String REQUEST_PERMISSION = "REQUEST_PERMISSION";

  private TeamSight() {}

  /**
   * A NIS2 clock the CERT owes (its entity's), or must answer as the entity's CSIRT once it holds
   * the entity's alert: the clock's incident id is that alert's id, which a CSIRT the policy did
   * not deliver it to must not learn (docs/SITUATION.md, "Who may see them").
   *
   * @param holdsAlert whether the CERT holds the alert the clock's incident id names
   */
  public static boolean clock(ReportingClockView clock, String certId, boolean holdsAlert) {
    return certId.equals(clock.entity()) || (certId.equals(clock.csirt()) && holdsAlert);
  }

  /**
   * Open proposals and outcomes, and the CERT's own assessments and votes; never others'; a
   * declaration of coordinated attribution only for a CERT of a state that is part of it
   * (docs/SITUATION.md, "Who may see what": a state's attribution is a sovereign matter).
   *
   * @param partOf whether the CERT's country is among the record's member states
   */
  public static boolean attribution(AttributionView record, String certId, boolean partOf) {
    return PUBLIC_ATTRIBUTION.contains(record.kind())
        || (COORDINATED.equals(record.kind()) && partOf)
        || (OWN_ATTRIBUTION.contains(record.kind()) && certId.equals(record.by()));
  }

  /**
   * The CERT's own actions, and other teams' requests for permission on alerts it is the source of.
   *
   * @param alertSource the source of the action's alert, or null if unknown
   */
  public static boolean action(ActionView action, String alertSource, String certId) {
    return certId.equals(action.actor())
        || (REQUEST_PERMISSION.equals(action.type()) && certId.equals(alertSource));
  }

  /** An expectation of the CERT's own team. */
  public static boolean expectation(String who, String certId) {
    return certId.equals(who);
  }
}
