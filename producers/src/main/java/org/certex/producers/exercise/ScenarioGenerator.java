package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.NoiseProfile;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.schemas.Labels;

/**
 * A synthetic large scenario for load: {@code orgs} organisations in national groups (each a
 * national CSIRT and the operators it serves), all publishing background noise that adds up to
 * {@code alertsPerSecond} alerts per second of scenario time.
 */
public final class ScenarioGenerator {

  /** EU member states first (their CSIRTs join the CSIRTs Network), then partners. */
  private static final List<String> COUNTRIES =
      List.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "RS", "JP", "SV",
          "SG", "MY", "TH", "ID", "PH", "VN", "US");

  private static final int EU_MEMBERS = 27;
  private static final int GROUP_SIZE = 10;
  private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  private ScenarioGenerator() {}

  public static Scenario generate(int orgs, double alertsPerSecond, Duration duration, long seed) {
    if (orgs < 2 || alertsPerSecond <= 0) {
      throw new IllegalArgumentException("need at least 2 organisations and a positive rate");
    }
    List<ScenarioParticipant> participants = new ArrayList<>();
    List<NoiseProfile> noise = new ArrayList<>();
    double perOrgPerHour = alertsPerSecond * 3600 / orgs;
    for (int i = 0; i < orgs; i++) {
      int group = i / GROUP_SIZE;
      String country = COUNTRIES.get(group % COUNTRIES.size());
      String csirt = "CSIRT-" + country + "-" + group;
      boolean isCsirt = i % GROUP_SIZE == 0;
      String id = isCsirt ? csirt : String.format("OP-%s-%04d", country, i);
      participants.add(participant(id, country, isCsirt, group, orgs));
      noise.add(
          new NoiseProfile(
              id,
              List.of(isCsirt ? id : csirt),
              perOrgPerHour,
              Map.of(
                  "malicious-code/infected-system", 4, "fraud/phishing", 3, "availability/ddos", 1),
              Map.of(Tlp.AMBER, 5, Tlp.AMBER_STRICT, 2, Tlp.RED, 1, Tlp.GREEN, 1)));
    }
    return new Scenario(
        "generated-" + orgs,
        "Generated load: " + orgs + " organisations, " + alertsPerSecond + " alerts/s",
        List.of("Load the pipeline"),
        START,
        duration,
        1,
        seed,
        participants,
        List.of(),
        List.of(),
        noise);
  }

  private static ScenarioParticipant participant(
      String id, String country, boolean csirt, int group, int orgs) {
    boolean eu = group % COUNTRIES.size() < EU_MEMBERS;
    List<String> clients = new ArrayList<>();
    if (csirt) {
      for (int j = group * GROUP_SIZE + 1; j < Math.min(orgs, (group + 1) * GROUP_SIZE); j++) {
        clients.add(String.format("OP-%s-%04d", country, j));
      }
    }
    List<String> communities =
        csirt ? (eu ? List.of("CSIRTS-NETWORK", "FIRST") : List.of("FIRST")) : List.of();
    return new ScenarioParticipant(
        id,
        (csirt ? "National CSIRT " : "Operator ") + id,
        country,
        csirt ? Labels.NATIONAL_CSIRT : "operator",
        csirt ? PlayedBy.TRAINEES : PlayedBy.SIMCELL,
        eu,
        clients,
        communities,
        List.of());
  }
}
