package org.certex.streams.policy;

import java.util.ArrayList;
import java.util.List;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * TLP 2.0 as DOMAIN.md words it, written out plainly for the property test and sharing no code with
 * {@link Tlp2Policy}: may this organisation hold this alert at all, and must its copy lose the
 * indicators? EU defaults only.
 */
final class TlpOracle {

  private TlpOracle() {}

  static boolean mayReceive(SharingScene scene, Party x) {
    SharingFacts alert = scene.alert();
    Tlp tlp = alert.tlp();
    if (x.id().equals(alert.source()) || tlp == Tlp.CLEAR) {
      return true;
    }
    if (alert.addressees().contains(x.id()) || sourcePermitted(scene, x)) {
      return true;
    }
    if (tlp == Tlp.AMBER) {
      return isClientOfAddressee(scene, x) || nis2CrossBorder(alert, x);
    }
    if (tlp == Tlp.GREEN) {
      return inCommunityOrAgreement(scene, x) || nis2CrossBorder(alert, x);
    }
    return false;
  }

  static boolean mustRedact(SharingScene scene, Party x) {
    SharingFacts alert = scene.alert();
    boolean strictPap = alert.pap() == Pap.AMBER || alert.pap() == Pap.RED;
    boolean entrusted = x.id().equals(alert.source()) || alert.addressees().contains(x.id());
    return strictPap && !entrusted && mayReceive(scene, x);
  }

  static boolean sourcePermitted(SharingScene scene, Party x) {
    for (Permission permission : scene.permissions()) {
      if (permission.alertId().equals(scene.alert().alertId())
          && permission.grantedBy().equals(scene.alert().source())
          && permission.recipients().contains(x.id())) {
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
