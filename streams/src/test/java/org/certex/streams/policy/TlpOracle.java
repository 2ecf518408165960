package org.certex.streams.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * TLP 2.0 as DOMAIN.md words it, written out plainly for the property test and sharing no code with
 * {@link Tlp2Policy}: may this organisation hold this alert at all, may a team's request pass it
 * on, and must a copy lose the indicators? EU defaults only.
 */
final class TlpOracle {

  private TlpOracle() {}

  static boolean mayReceive(SharingScene scene, Party x) {
    SharingFacts alert = scene.alert();
    Tlp tlp = alert.tlp();
    if (x.id().equals(alert.source()) || tlp == Tlp.CLEAR) {
      return true;
    }
    if (alert.addressees().contains(x.id())) {
      return true;
    }
    if (tlp == Tlp.AMBER) {
      return isClientOfAddressee(scene, x) || nis2CrossBorder(alert, x);
    }
    if (tlp == Tlp.GREEN) {
      return inCommunityOrAgreement(scene, x)
          || isClientOfAddressee(scene, x)
          || nis2CrossBorder(alert, x);
    }
    return false;
  }

  static boolean mustRedact(SharingScene scene, Party x) {
    SharingFacts alert = scene.alert();
    boolean strictPap = alert.pap() == Pap.AMBER || alert.pap() == Pap.RED;
    boolean entrusted = x.id().equals(alert.source()) || alert.addressees().contains(x.id());
    return strictPap && !entrusted && mayReceive(scene, x);
  }

  /**
   * May the request's target receive the alert from this request? The source may always share or
   * permit; anyone else must hold the alert and may pass it on only as far as the label lets the
   * holder itself: CLEAR anyone, GREEN its communities, clients and agreement partners, AMBER its
   * clients. Nobody receives twice, and nobody the scenario does not know receives.
   */
  static boolean mayPassOn(SharingScene scene, Set<String> holders, String target) {
    SharingRequest request = scene.request();
    Party to = party(scene, target);
    if (to == null || holders.contains(target)) {
      return false;
    }
    if (request.requester().equals(scene.alert().source())) {
      return true;
    }
    Party sharer = party(scene, request.requester());
    if (request.kind() != SharingRequest.Kind.SHARE
        || sharer == null
        || !holders.contains(sharer.id())) {
      return false;
    }
    return switch (scene.alert().tlp()) {
      case CLEAR -> true;
      case GREEN ->
          shareACommunity(sharer, to)
              || sharer.clients().contains(target)
              || sharer.agreements().contains(target)
              || to.agreements().contains(sharer.id());
      case AMBER -> sharer.clients().contains(target);
      case AMBER_STRICT, RED -> false;
    };
  }

  private static Party party(SharingScene scene, String id) {
    for (Party party : scene.parties()) {
      if (party.id().equals(id)) {
        return party;
      }
    }
    return null;
  }

  private static boolean shareACommunity(Party a, Party b) {
    for (String community : a.communities()) {
      if (b.communities().contains(community)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClientOfAddressee(SharingScene scene, Party x) {
    for (Party party : scene.parties()) {
      if (scene.alert().addressees().contains(party.id()) && party.clients().contains(x.id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inCommunityOrAgreement(SharingScene scene, Party x) {
    for (Party member : sourceAndAddressees(scene)) {
      for (String community : member.communities()) {
        if (x.communities().contains(community)) {
          return true;
        }
      }
      if (member.agreements().contains(x.id()) || x.agreements().contains(member.id())) {
        return true;
      }
    }
    return false;
  }

  private static List<Party> sourceAndAddressees(SharingScene scene) {
    List<Party> members = new ArrayList<>();
    for (Party party : scene.parties()) {
      if (party.id().equals(scene.alert().source())
          || scene.alert().addressees().contains(party.id())) {
        members.add(party);
      }
    }
    return members;
  }

  private static boolean nis2CrossBorder(SharingFacts alert, Party x) {
    if (!alert.significant() || !alert.crossBorder()) {
      return false;
    }
    boolean affectedCsirt =
        x.kind().equals("national-csirt")
            && x.euMember()
            && alert.affectedCountries().contains(x.country());
    return x.id().equals("ENISA") || affectedCsirt;
  }
}
