package org.certex.benchmarks;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.certex.avro.Pap;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingFacts;

/**
 * The alerts of an EU drill as the sharing policy sees them, drawn with a fixed seed so every run
 * measures the same traffic: 70% reported by operators, each to its own national CSIRT and others;
 * 3 to 7 addressees (mean 5) drawn from every participant; one in ten a significant cross-border
 * incident affecting the source's country and two other member states.
 *
 * <p>The alerts' ids are copies, not the roster's own strings: in the pipeline they are decoded
 * from each record, so looking them up compares their characters, as here. (Their hash codes are
 * cached after the first pass over the alerts, where a decoded id computes its own once.)
 */
public final class DrillTraffic {

  static final long SEED = 2026;
  static final int MIN_ADDRESSEES = 3;
  static final int MAX_ADDRESSEES = 7;

  private final List<Party> parties;
  private final List<Party> operators;
  private final List<Party> others;
  private final Set<String> ids;
  private final SplittableRandom random = new SplittableRandom(SEED);

  private DrillTraffic(List<Party> parties) {
    this.parties = parties;
    this.operators = parties.stream().filter(p -> p.kind().equals("operator")).toList();
    this.others = parties.stream().filter(p -> !p.kind().equals("operator")).toList();
    this.ids = new HashSet<>(parties.stream().map(Party::id).toList());
  }

  /** {@code count} alerts among {@code parties}, labelled by {@code labels}. */
  public static SharingFacts[] alerts(List<Party> parties, LabelMix labels, int count) {
    DrillTraffic traffic = new DrillTraffic(parties);
    SharingFacts[] alerts = new SharingFacts[count];
    for (int n = 0; n < count; n++) {
      alerts[n] = traffic.alert(n, labels);
    }
    return alerts;
  }

  private SharingFacts alert(int n, LabelMix labels) {
    Party source = source();
    SharingFacts alert =
        SharingFacts.of(
            String.format("alert-%06d", n),
            copy(source.id()),
            labels.draw(random),
            pap(),
            addressees(source));
    if (random.nextInt(10) == 0 && EuDrill.EU_MEMBERS.contains(source.country())) {
      return alert.significantCrossBorder(affectedCountries(source.country()));
    }
    return alert;
  }

  private Party source() {
    List<Party> pool = operators.isEmpty() || random.nextInt(10) >= 7 ? others : operators;
    return pool.get(random.nextInt(pool.size()));
  }

  private List<String> addressees(Party source) {
    int wanted = Math.min(parties.size() - 1, random.nextInt(MIN_ADDRESSEES, MAX_ADDRESSEES + 1));
    Set<String> addressees = new LinkedHashSet<>();
    String csirt = EuDrill.csirtOf(source.country());
    if (source.kind().equals("operator") && ids.contains(csirt)) {
      addressees.add(csirt);
    }
    while (addressees.size() < wanted) {
      String id = parties.get(random.nextInt(parties.size())).id();
      if (!id.equals(source.id())) {
        addressees.add(id);
      }
    }
    return addressees.stream().map(DrillTraffic::copy).toList();
  }

  @SuppressWarnings("StringOperationCanBeSimplified") // a distinct instance is the point
  private static String copy(String id) {
    return new String(id);
  }

  private Pap pap() {
    int roll = random.nextInt(10);
    return roll < 4 ? Pap.GREEN : roll < 8 ? Pap.AMBER : Pap.RED;
  }

  private String[] affectedCountries(String home) {
    Set<String> countries = new LinkedHashSet<>(List.of(home));
    while (countries.size() < 3) {
      countries.add(EuDrill.EU_MEMBERS.get(random.nextInt(EuDrill.EU_MEMBERS.size())));
    }
    return countries.toArray(String[]::new);
  }
}
