package org.certex.launcher;

import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.Inject;
import org.certex.schemas.Labels;
import org.certex.streams.policy.SharingReason;

/**
 * The sentences of {@link SharingExpectationCheck} for one alert inject: what was expected, what
 * the policy would do instead, with its reason code, and what could deliver the alert. Planners
 * read them, so they say it in the words of docs/SHARING-POLICY.md rather than only the code.
 */
final class SharingWording {

  private final String alertId;
  private final String source;
  private final String label;
  private final boolean agreementsCountForGreen;

  SharingWording(Inject inject, boolean agreementsCountForGreen) {
    this.alertId = inject.id();
    this.source = inject.from();
    this.label = Labels.tlp(inject.alert().tlp());
    this.agreementsCountForGreen = agreementsCountForGreen;
  }

  /** How a holder came by the alert through its own decision. */
  String heldBy(SharingReason reason) {
    return reason == SharingReason.SOURCE_OWN_ALERT
        ? "it is the alert's source"
        : "the alert reaches it directly, " + reason;
  }

  /** How a holder came by the alert through an expected request decided earlier. */
  String sharedBy(Expectation expected) {
    return "expectation '" + expected.id() + "' has brought it the alert before";
  }

  String noTargets(Expectation expected) {
    return opening(expected)
        + (isGrant(expected) ? "grant permission for" : "share")
        + " alert '"
        + alertId
        + "' ("
        + label
        + ") but names no targets; the pipeline sets a request without targets aside";
  }

  String alreadyHolds(Expectation expected, String target, String how) {
    return opening(expected)
        + wanted(expected, target)
        + ", which already holds it (RECIPIENT_ALREADY_HOLDS: "
        + how
        + ")";
  }

  String refused(Expectation expected, String target, SharingReason reason) {
    String hint =
        reason == SharingReason.UNKNOWN_RECIPIENT
            ? ""
            : "; the source's GRANT_PERMISSION could deliver it (grant-permission by "
                + source
                + ")";
    return opening(expected)
        + wanted(expected, target)
        + "; the policy refuses: "
        + because(expected.who(), target, reason)
        + " ("
        + reason
        + ")"
        + hint;
  }

  String deliveredDespiteExpectedRefusal(
      Expectation expected, String target, SharingReason reason) {
    String act =
        isGrant(expected)
            ? " grants permission for alert '" + alertId + "' (" + label + ") to reach " + target
            : " shares alert '" + alertId + "' (" + label + ") with " + target;
    return "expectation '"
        + expected.id()
        + "' expects a refusal when "
        + expected.who()
        + act
        + ", but the policy would deliver it ("
        + reason
        + ")";
  }

  private static String opening(Expectation expected) {
    return "expectation '" + expected.id() + "' expects " + expected.who() + " to ";
  }

  private String wanted(Expectation expected, String target) {
    return isGrant(expected)
        ? "grant permission for alert '" + alertId + "' (" + label + ") to reach " + target
        : "share alert '" + alertId + "' (" + label + ") with " + target;
  }

  private static boolean isGrant(Expectation expected) {
    return expected.action() == ExpectedAction.GRANT_PERMISSION;
  }

  /** Why the policy refuses, in a plain sentence. */
  private String because(String sharer, String target, SharingReason reason) {
    return switch (reason) {
      case AMBER_STRICT_NO_ONWARD_SHARING -> "TLP:AMBER+STRICT may not be passed on";
      case RED_NO_ONWARD_SHARING ->
          "TLP:RED may not be passed on; only the source names recipients";
      case AMBER_NOT_SHARER_CLIENT ->
          "under TLP:AMBER a holder passes the alert on only to its own clients, and "
              + target
              + " is not a client of "
              + sharer;
      case GREEN_OUTSIDE_SHARER_COMMUNITY -> outsideGreen(sharer, target);
      case SHARER_DOES_NOT_HOLD -> sharer + " does not hold the alert by then";
      case PERMISSION_NOT_FROM_SOURCE ->
          "only the alert's source, " + source + ", grants permission";
      case UNKNOWN_RECIPIENT -> target + " is not a participant";
      default -> "the policy does not deliver it";
    };
  }

  private String outsideGreen(String sharer, String target) {
    return agreementsCountForGreen
        ? "under TLP:GREEN a holder passes the alert on only within its communities, to its clients"
            + " and to its agreement partners, and "
            + target
            + " is none of these for "
            + sharer
        : "under TLP:GREEN a holder passes the alert on only within its communities and to its"
            + " clients (this scenario's policy does not count agreements), and "
            + target
            + " is neither for "
            + sharer;
  }
}
