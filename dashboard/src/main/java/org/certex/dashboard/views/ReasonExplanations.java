package org.certex.dashboard.views;

import java.util.Map;
import java.util.Optional;

/**
 * The sharing policy's reason codes in one plain sentence each, for a team reading the outcome of
 * its own share request or permission. The codes are the streams module's {@code SharingReason}
 * (docs/SHARING-POLICY.md lists them); the dashboard knows them only as text, so a code missing
 * here is shown as the code alone.
 */
public final class ReasonExplanations {

  private static final Map<String, String> SENTENCES =
      Map.ofEntries(
          Map.entry("CLEAR_ANYONE", "TLP:CLEAR may go to anyone."),
          Map.entry("SOURCE_SHARED", "The source may always share its own alert."),
          Map.entry(
              "SOURCE_PERMISSION", "Delivered with the source's permission, beyond the label."),
          Map.entry("GREEN_COMMUNITY_OF_SHARER", "TLP:GREEN may go to a community of the sharer."),
          Map.entry("GREEN_CLIENT_OF_SHARER", "TLP:GREEN may go to the sharer's own clients."),
          Map.entry(
              "GREEN_AGREEMENT_OF_SHARER",
              "TLP:GREEN may go to a bilateral agreement partner of the sharer."),
          Map.entry("AMBER_CLIENT_OF_SHARER", "TLP:AMBER may go to the sharer's own clients."),
          Map.entry(
              "RED_NOT_NAMED", "TLP:RED goes only to the people the source named; ask the source."),
          Map.entry(
              "RED_NO_ONWARD_SHARING",
              "TLP:RED goes only to the people the source named; ask the source."),
          Map.entry(
              "AMBER_STRICT_NOT_ADDRESSEE",
              "TLP:AMBER+STRICT stays inside the recipient's own organisation."),
          Map.entry(
              "AMBER_STRICT_NO_ONWARD_SHARING",
              "TLP:AMBER+STRICT stays inside the recipient's own organisation."),
          Map.entry(
              "AMBER_NOT_CLIENT",
              "TLP:AMBER may go only to your own organisation and its clients."),
          Map.entry(
              "AMBER_NOT_SHARER_CLIENT",
              "TLP:AMBER may go only to your own organisation and its clients."),
          Map.entry(
              "GREEN_OUTSIDE_COMMUNITY",
              "TLP:GREEN stays inside your communities; this organisation is in none of them."),
          Map.entry(
              "GREEN_OUTSIDE_SHARER_COMMUNITY",
              "TLP:GREEN stays inside your communities; this organisation is in none of them."),
          Map.entry("SHARER_DOES_NOT_HOLD", "Your CERT does not hold this alert."),
          Map.entry("RECIPIENT_ALREADY_HOLDS", "This organisation already holds the alert."),
          Map.entry("UNKNOWN_RECIPIENT", "This organisation does not take part in the exercise."),
          Map.entry("PERMISSION_NOT_FROM_SOURCE", "Only the alert's source may grant permission."));

  private ReasonExplanations() {}

  /** The sentence for a reason code, if the dashboard has one. */
  public static Optional<String> of(String reasonCode) {
    return Optional.ofNullable(reasonCode).map(SENTENCES::get);
  }
}
