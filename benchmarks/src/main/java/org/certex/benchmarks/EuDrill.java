package org.certex.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.certex.schemas.Labels;
import org.certex.streams.policy.Party;

/**
 * The participants of an EU drill of {@code orgs} organisations, in the scenario's order: the 27
 * member states' national CSIRTs, ENISA, CERT-EU and non-EU partner CSIRTs come first (as many as
 * fit), then operators, each a client of its country's CSIRT. The CSIRTs Network and FIRST are the
 * two communities; neighbouring CSIRTs and each partner have bilateral agreements.
 *
 * <p>At 30 organisations that is 27 CSIRTs, ENISA, CERT-EU and one partner; at 1,000 each EU CSIRT
 * serves about 36 operators, whom TLP:AMBER and TLP:GREEN reach when it is addressed.
 */
public final class EuDrill {

  public static final String CSIRTS_NETWORK = "CSIRTS-NETWORK";
  public static final String FIRST = "FIRST";
  public static final String ENISA = "ENISA";
  public static final String CERT_EU = "CERT-EU";

  static final List<String> EU_MEMBERS =
      List.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  static final List<String> PARTNERS = List.of("RS", "UA", "NO", "CH", "US", "JP");

  /** Fixed participants before the operators: CSIRTs, ENISA, CERT-EU, partners. */
  static final int FIXED = EU_MEMBERS.size() + 2 + PARTNERS.size();

  private EuDrill() {}

  public static List<Party> participants(int orgs) {
    if (orgs < 2) {
      throw new IllegalArgumentException("an EU drill needs at least 2 organisations, was " + orgs);
    }
    List<Party> operators = operators(Math.max(0, orgs - FIXED));
    List<Party> parties = new ArrayList<>(orgs);
    for (int i = 0; i < EU_MEMBERS.size() && parties.size() < orgs; i++) {
      parties.add(euCsirt(i, operators));
    }
    if (parties.size() < orgs) {
      parties.add(
          new Party(ENISA, "EU", "enisa", true, Set.of(), Set.of(CSIRTS_NETWORK), Set.of()));
    }
    if (parties.size() < orgs) {
      parties.add(
          new Party(
              CERT_EU, "EU", "eu-cert", true, Set.of(), Set.of(CSIRTS_NETWORK, FIRST), Set.of()));
    }
    for (int i = 0; i < PARTNERS.size() && parties.size() < orgs; i++) {
      parties.add(partner(i));
    }
    parties.addAll(operators);
    return List.copyOf(parties);
  }

  /** The national CSIRT of a country: CSIRT-AT for an EU member, CERT-RS for a partner. */
  public static String csirtOf(String country) {
    return (EU_MEMBERS.contains(country) ? "CSIRT-" : "CERT-") + country;
  }

  private static Party euCsirt(int index, List<Party> operators) {
    String country = EU_MEMBERS.get(index);
    Set<String> clients =
        Set.copyOf(
            operators.stream().filter(op -> op.country().equals(country)).map(Party::id).toList());
    // Every other CSIRT has an agreement with the next one in the list: a dozen pairs.
    Set<String> agreements =
        index % 2 == 0 && index + 1 < EU_MEMBERS.size()
            ? Set.of(csirtOf(EU_MEMBERS.get(index + 1)))
            : Set.of();
    return new Party(
        csirtOf(country),
        country,
        Labels.NATIONAL_CSIRT,
        true,
        clients,
        Set.of(CSIRTS_NETWORK, FIRST),
        agreements);
  }

  /** A non-EU national CSIRT in FIRST, with agreements with three EU CSIRTs. */
  private static Party partner(int index) {
    String country = PARTNERS.get(index);
    Set<String> agreements =
        Set.of(
            csirtOf(EU_MEMBERS.get(index * 4 % EU_MEMBERS.size())),
            csirtOf(EU_MEMBERS.get((index * 4 + 1) % EU_MEMBERS.size())),
            csirtOf(EU_MEMBERS.get((index * 4 + 2) % EU_MEMBERS.size())));
    return new Party(
        csirtOf(country),
        country,
        Labels.NATIONAL_CSIRT,
        false,
        Set.of(),
        Set.of(FIRST),
        agreements);
  }

  private static List<Party> operators(int count) {
    List<Party> operators = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String country = EU_MEMBERS.get(i % EU_MEMBERS.size());
      operators.add(Party.of(String.format("OP-%s-%04d", country, i), country, "operator", true));
    }
    return operators;
  }
}
