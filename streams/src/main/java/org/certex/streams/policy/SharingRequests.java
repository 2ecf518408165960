package org.certex.streams.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides a team's {@link SharingRequest} on an alert that has already been decided: for every
 * target, deliver or refuse, with the reason code.
 *
 * <p>TLP 2.0 binds each recipient: what a holder may pass on depends on the label and on the
 * holder's own relations, not the source's. A holder shares TLP:CLEAR with anyone, TLP:GREEN within
 * its communities and with its clients (and, by default, its agreement partners), TLP:AMBER with
 * its own clients, and TLP:AMBER+STRICT and TLP:RED with nobody. The source may always share its
 * own alert or grant permission, which delivers at once. Refusals come first for a requester that
 * may not act at all, so a team that does not hold an alert learns nothing about who does; and a
 * holder that is not the source hears that a target already holds the alert only where the label
 * lets it pass the alert on to that target.
 */
final class SharingRequests {

  private final SharingRules rules;

  SharingRequests(SharingRules rules) {
    this.rules = rules;
  }

  List<SharingVerdict> decide(
      SharingFacts alert, SharingRequest request, List<Party> roster, Set<String> holders) {
    Map<String, Party> byId =
        roster.stream().collect(Collectors.toMap(Party::id, Function.identity(), (a, b) -> a));
    return request.targets().stream()
        .map(
            target -> {
              SharingReason reason = reason(alert, request, byId, holders, target);
              return SharingVerdict.of(target, reason, redacted(alert, target));
            })
        .toList();
  }

  private SharingReason reason(
      SharingFacts alert,
      SharingRequest request,
      Map<String, Party> byId,
      Set<String> holders,
      String target) {
    boolean bySource = request.requester().equals(alert.source());
    if (request.kind() == SharingRequest.Kind.GRANT_PERMISSION && !bySource) {
      return SharingReason.PERMISSION_NOT_FROM_SOURCE;
    }
    if (!bySource && !holders.contains(request.requester())) {
      return SharingReason.SHARER_DOES_NOT_HOLD;
    }
    Party recipient = byId.get(target);
    if (recipient == null) {
      return SharingReason.UNKNOWN_RECIPIENT;
    }
    if (bySource) {
      return holders.contains(target)
          ? SharingReason.RECIPIENT_ALREADY_HOLDS
          : request.kind() == SharingRequest.Kind.SHARE
              ? SharingReason.SOURCE_SHARED
              : SharingReason.SOURCE_PERMISSION;
    }
    Party sharer = byId.get(request.requester());
    if (sharer == null) {
      return SharingReason.SHARER_DOES_NOT_HOLD;
    }
    // The label's answer comes first: a holder learns that a target already holds the alert only
    // where it could have passed the alert on to it anyway, never who else holds a TLP:RED alert.
    SharingReason onward = onward(alert, sharer, recipient);
    return onward.delivers() && holders.contains(target)
        ? SharingReason.RECIPIENT_ALREADY_HOLDS
        : onward;
  }

  /** What the label lets a holder pass on by itself. */
  private SharingReason onward(SharingFacts alert, Party sharer, Party recipient) {
    return switch (alert.tlp()) {
      case CLEAR -> SharingReason.CLEAR_ANYONE;
      case GREEN -> green(sharer, recipient);
      case AMBER ->
          sharer.servesClient(recipient.id())
              ? SharingReason.AMBER_CLIENT_OF_SHARER
              : SharingReason.AMBER_NOT_SHARER_CLIENT;
      case AMBER_STRICT -> SharingReason.AMBER_STRICT_NO_ONWARD_SHARING;
      case RED -> SharingReason.RED_NO_ONWARD_SHARING;
    };
  }

  private SharingReason green(Party sharer, Party recipient) {
    if (sharer.sharesCommunityWith(recipient)) {
      return SharingReason.GREEN_COMMUNITY_OF_SHARER;
    }
    if (sharer.servesClient(recipient.id())) {
      return SharingReason.GREEN_CLIENT_OF_SHARER;
    }
    if (rules.agreementsCountForGreen() && sharer.hasAgreementWith(recipient)) {
      return SharingReason.GREEN_AGREEMENT_OF_SHARER;
    }
    return SharingReason.GREEN_OUTSIDE_SHARER_COMMUNITY;
  }

  /**
   * The PAP rule of the alert's own decision: only the source and its addressees get indicators.
   */
  private boolean redacted(SharingFacts alert, String target) {
    return rules.redacts(alert.pap()) && !alert.isAddressee(target);
  }
}
