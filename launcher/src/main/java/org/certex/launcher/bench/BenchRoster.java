package org.certex.launcher.bench;

import java.util.ArrayList;
import java.util.List;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.schemas.Labels;

/**
 * The organisations of a bench scenario: first the national CSIRTs of the EU member states (the
 * CSIRTs Network and FIRST as their communities), then those of partner countries (FIRST), one per
 * country while countries last; the rest are operators, each a client of its country's CSIRT, dealt
 * out to the countries in turn.
 */
final class BenchRoster {

  /** EU member states first (their CSIRTs form the CSIRTs Network), then partners. */
  private static final List<String> COUNTRIES =
      List.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "RS", "JP", "SV",
          "SG", "MY", "TH", "ID", "PH", "VN", "US");

  private static final int EU_MEMBERS = 27;

  private BenchRoster() {}

  static List<ScenarioParticipant> of(int orgs) {
    int csirts = Math.min(orgs, COUNTRIES.size());
    List<ScenarioParticipant> participants = new ArrayList<>();
    for (int i = 0; i < csirts; i++) {
      participants.add(csirt(COUNTRIES.get(i), i < EU_MEMBERS, clientsOf(i, csirts, orgs)));
    }
    for (int i = csirts; i < orgs; i++) {
      int country = (i - csirts) % csirts;
      participants.add(operator(operatorId(i, COUNTRIES.get(country)), COUNTRIES.get(country)));
    }
    return participants;
  }

  private static List<String> clientsOf(int csirt, int csirts, int orgs) {
    List<String> clients = new ArrayList<>();
    for (int i = csirts + csirt; i < orgs; i += csirts) {
      clients.add(operatorId(i, COUNTRIES.get(csirt)));
    }
    return clients;
  }

  private static String operatorId(int index, String country) {
    return String.format("OP-%s-%04d", country, index);
  }

  private static ScenarioParticipant csirt(String country, boolean eu, List<String> clients) {
    String id = (eu ? "CSIRT-" : "CERT-") + country;
    return new ScenarioParticipant(
        id,
        "National CSIRT of " + country,
        country,
        Labels.NATIONAL_CSIRT,
        PlayedBy.TRAINEES,
        eu,
        clients,
        eu ? List.of("CSIRTS-NETWORK", "FIRST") : List.of("FIRST"),
        List.of());
  }

  private static ScenarioParticipant operator(String id, String country) {
    return new ScenarioParticipant(
        id,
        "Operator " + id,
        country,
        "operator",
        PlayedBy.SIMCELL,
        COUNTRIES.indexOf(country) < EU_MEMBERS,
        List.of(),
        List.of(),
        List.of());
  }
}
