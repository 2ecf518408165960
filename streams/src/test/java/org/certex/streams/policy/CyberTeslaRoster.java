package org.certex.streams.policy;

import java.util.List;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * A small roster in which each organisation stands in exactly one relation to an alert that CERT-RS
 * sends to MIL-CERT, so a verdict can be read as "this relation under this label".
 */
final class CyberTeslaRoster {

  static final String ALERT_ID = "tesla-1";

  /** The source: Serbia's national CERT. */
  static final Party SOURCE =
      Party.of("CERT-RS", "RS", "national-csirt", false)
          .withClients("EPS")
          .withCommunities("FIRST")
          .withAgreements("OHIO-NG");

  /** A client of the source, and nothing else. */
  static final Party OWN_CLIENT = Party.of("EPS", "RS", "operator", false);

  /** The named recipient: the one addressee. */
  static final Party NAMED_RECIPIENT =
      Party.of("MIL-CERT", "RS", "military-cert", false)
          .withClients("MOD-NET")
          .withCommunities("CYBER-TESLA");

  /** A constituent of the addressee. */
  static final Party ADDRESSEE_CLIENT = Party.of("MOD-NET", "RS", "ministry", false);

  /** Shares the FIRST community with the source. */
  static final Party SOURCE_COMMUNITY_PEER =
      Party.of("JPCERT", "JP", "national-csirt", false).withCommunities("FIRST", "ASEAN");

  /** Shares the CYBER-TESLA community with the addressee. */
  static final Party ADDRESSEE_COMMUNITY_PEER =
      Party.of("HU-MIL", "HU", "military-cert", true).withCommunities("CYBER-TESLA");

  /** Bilateral agreement with the source (Serbia with Ohio), recorded on both sides. */
  static final Party AGREEMENT_PARTNER =
      Party.of("OHIO-NG", "US", "foreign-partner", false).withAgreements("CERT-RS");

  /** No relation at all. */
  static final Party STRANGER = Party.of("CSIRT-SV", "SV", "national-csirt", false);

  static final List<Party> ALL =
      List.of(
          SOURCE,
          OWN_CLIENT,
          NAMED_RECIPIENT,
          ADDRESSEE_CLIENT,
          SOURCE_COMMUNITY_PEER,
          ADDRESSEE_COMMUNITY_PEER,
          AGREEMENT_PARTNER,
          STRANGER);

  private CyberTeslaRoster() {}

  static SharingFacts alert(Tlp tlp) {
    return alert(tlp, Pap.CLEAR);
  }

  static SharingFacts alert(Tlp tlp, Pap pap) {
    return SharingFacts.of(ALERT_ID, SOURCE.id(), tlp, pap, List.of(NAMED_RECIPIENT.id()));
  }
}
