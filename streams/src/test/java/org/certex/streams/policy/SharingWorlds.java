package org.certex.streams.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;

/**
 * Arbitraries for random organisation graphs: up to 12 organisations with random countries, kinds,
 * EU membership, clients, communities and agreements, one alert with random label, PAP, addressees
 * and NIS2 facts, and one share request or permission, by the source, another organisation, or an
 * organisation the scenario does not know.
 */
final class SharingWorlds {

  static final String ALERT_ID = "alert-1";
  static final String OUTSIDER = "OUTSIDER";
  private static final List<String> COUNTRIES = List.of("RS", "HU", "AT", "US", "JP", "EU");
  private static final List<String> KINDS =
      List.of("national-csirt", "enisa", "military-cert", "operator", "foreign-partner");
  private static final List<String> COMMUNITIES =
      List.of("CSIRTS-NETWORK", "FIRST", "ASEAN", "RS-ENERGY-ISAC");

  private SharingWorlds() {}

  static Arbitrary<SharingScene> scenes() {
    return Arbitraries.integers().between(1, 12).flatMap(SharingWorlds::scenesOf);
  }

  private static Arbitrary<SharingScene> scenesOf(int size) {
    List<String> ids =
        IntStream.range(0, size).mapToObj(i -> i == 0 ? "ENISA" : "ORG-" + i).toList();
    return alerts(ids)
        .flatMap(
            alert ->
                Combinators.combine(parties(ids), requests(ids, alert))
                    .as((parties, request) -> new SharingScene(parties, alert, request)));
  }

  private static Arbitrary<List<Party>> parties(List<String> ids) {
    List<Arbitrary<Party>> each = ids.stream().map(id -> party(id, ids)).toList();
    return Combinators.combine(each).as(List::copyOf);
  }

  private static Arbitrary<Party> party(String id, List<String> ids) {
    return Combinators.combine(
            Arbitraries.of(COUNTRIES),
            Arbitraries.of(KINDS),
            Arbitraries.of(true, false),
            someOf(ids, 3),
            someOf(COMMUNITIES, 2),
            someOf(ids, 2))
        .as(
            (country, kind, eu, clients, communities, agreements) ->
                new Party(id, country, kind, eu, clients, communities, agreements));
  }

  private static Arbitrary<SharingFacts> alerts(List<String> ids) {
    Arbitrary<String> sources =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.of(ids)), Tuple.of(1, Arbitraries.just(OUTSIDER)));
    return Combinators.combine(
            sources,
            Arbitraries.of(Tlp.class),
            Arbitraries.of(Pap.class),
            someOf(ids, 3).map(ArrayList::new),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            someOf(COUNTRIES, 3))
        .as(
            (source, tlp, pap, addressees, significant, crossBorder, affected) ->
                new SharingFacts(
                    ALERT_ID, source, tlp, pap, addressees, significant, crossBorder, affected));
  }

  private static Arbitrary<SharingRequest> requests(List<String> ids, SharingFacts alert) {
    Arbitrary<String> requesters =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(alert.source())),
            Tuple.of(6, Arbitraries.of(ids)),
            Tuple.of(1, Arbitraries.just(OUTSIDER)));
    List<String> targets = new ArrayList<>(ids);
    targets.add(OUTSIDER);
    // Shares more often than permissions: onward sharing by holders has the most cases to cover.
    Arbitrary<SharingRequest.Kind> kinds =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(SharingRequest.Kind.SHARE)),
            Tuple.of(1, Arbitraries.just(SharingRequest.Kind.GRANT_PERMISSION)));
    return Combinators.combine(kinds, requesters, Arbitraries.of(targets).list().ofMaxSize(4))
        .as(SharingRequest::new);
  }

  /** Up to {@code max} distinct elements; duplicates drawn are dropped, so small pools work. */
  private static Arbitrary<Set<String>> someOf(List<String> pool, int max) {
    return Arbitraries.of(pool).list().ofMaxSize(max).map(HashSet::new);
  }
}
