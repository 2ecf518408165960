package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Severity;

/**
 * Incident membership does not depend on the order alerts arrive in, nor on how their keys spread
 * over partitions, nor on how the partitions' links interleave on their way to the assembly: the
 * topology's two phases, simulated in plain Java ({@link CorrelationSimulation}), against the
 * definition ({@link CorrelationOracle}). Alerts lie within four windows of each other and arrive
 * within the grace, as the guarantee asks.
 */
@PropertyDefaults(edgeCases = EdgeCasesMode.NONE)
class CorrelationPropertyTest {

  private static final long HOUR = Duration.ofHours(1).toMillis();
  private static final CorrelationWindow WINDOW = new CorrelationWindow(10 * HOUR, 50 * HOUR);
  private static final List<String> SOURCES = List.of("CERT-DE", "CERT-FR", "CERT-NL", "CERT-RS");
  private static final List<String> KEYS = List.of("198.51.100.1", "198.51.100.2", "c:storm", "h");

  private final CorrelationSimulation simulation =
      new CorrelationSimulation(WINDOW, IncidentLimits.DEFAULTS, IncidentScene.ROSTER);

  @Provide
  Arbitrary<List<IncidentAlert>> alerts() {
    Arbitrary<IncidentAlert> alert =
        Combinators.combine(
                Arbitraries.of(SOURCES),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 6),
                Arbitraries.subsetOf(KEYS).ofMaxSize(2),
                Arbitraries.of(Severity.class),
                Arbitraries.of(true, false),
                Arbitraries.of("energy", "health", null))
            .as(
                (source, hour, delay, keys, severity, significant, sector) -> {
                  IncidentAlert.Builder a = IncidentScene.alert("x", source, hour * 60L);
                  a.setDetectedAt(a.getReportedAt().minus(Duration.ofHours(delay)));
                  a.setSeverity(severity).setSignificantIncident(significant).setSector(sector);
                  List<Indicator> indicators = new ArrayList<>();
                  for (String key : keys) {
                    if (key.startsWith("c:")) {
                      a.setCampaign(key.substring(2));
                    } else {
                      indicators.add(IncidentScene.ip(key));
                    }
                  }
                  return a.setIndicators(indicators).build();
                });
    return alert
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(
            list -> {
              List<IncidentAlert> named = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                IncidentAlert a = IncidentAlert.newBuilder(list.get(i)).build();
                a.setAlertId("a" + i);
                a.setText("alert a" + i);
                named.add(a);
              }
              return named;
            });
  }

  @Property(tries = 3000)
  @Label("members and ids are the definition's, for any arrival order and partitioning")
  void membershipIsTheDefinitions(
      @ForAll("alerts") List<IncidentAlert> alerts,
      @ForAll long orderSeed,
      @ForAll @IntRange(min = 1, max = 5) int partitions,
      @ForAll int partitionSalt,
      @ForAll long mixSeed) {
    List<IncidentAlert> arrivals = new ArrayList<>(alerts);
    Collections.shuffle(arrivals, new Random(orderSeed));
    Map<String, Incident> incidents =
        simulation.run(
            arrivals, partitions, key -> key.hashCode() ^ partitionSalt, new Random(mixSeed));

    assertThat(CorrelationSimulation.membership(incidents))
        .as("arrivals %s on %d partitions", ids(arrivals), partitions)
        .isEqualTo(CorrelationOracle.incidents(alerts, WINDOW.windowMillis()));
    Statistics.label("incidents").collect(Math.min(incidents.size(), 3));
    Statistics.label("incidents").coverage(c -> c.check(2).count(n -> n > 0));
    Statistics.label("spans more than a window")
        .collect(incidents.values().stream().anyMatch(CorrelationPropertyTest::spansWindows));
    Statistics.label("spans more than a window").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 1000)
  @Label("two orders and partitionings give the same incidents, escalations included")
  void sameIncidentsEitherWay(
      @ForAll("alerts") List<IncidentAlert> alerts,
      @ForAll long orderSeed,
      @ForAll @IntRange(min = 1, max = 5) int partitions,
      @ForAll long mixSeed) {
    List<IncidentAlert> shuffled = new ArrayList<>(alerts);
    Collections.shuffle(shuffled, new Random(orderSeed));

    Map<String, String> inOrder = summary(simulation.run(alerts, 1, key -> 0, new Random(0)));
    Map<String, String> otherwise =
        summary(simulation.run(shuffled, partitions, String::hashCode, new Random(mixSeed)));

    assertThat(otherwise).isEqualTo(inOrder);
    Statistics.label("escalated")
        .collect(inOrder.values().stream().anyMatch(s -> s.endsWith("=true")));
    Statistics.label("escalated").coverage(c -> c.check(true).count(n -> n > 0));
  }

  /** Members further apart than the window: joined only through others, transitively. */
  private static boolean spansWindows(Incident incident) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (var member : incident.getMembers()) {
      first = Math.min(first, member.getDetectedAt().toEpochMilli());
      last = Math.max(last, member.getDetectedAt().toEpochMilli());
    }
    return last - first > WINDOW.windowMillis() + 6 * HOUR;
  }

  /** What must not depend on order: members, countries, sectors, times, severity, escalated. */
  private static Map<String, String> summary(Map<String, Incident> incidents) {
    Map<String, String> summary = new TreeMap<>();
    incidents.forEach(
        (id, i) ->
            summary.put(
                id,
                String.join(
                    " ",
                    ids(i),
                    i.getCountries().toString(),
                    i.getSectors().toString(),
                    i.getFirstSeen() + "-" + i.getLastSeen(),
                    i.getHighestSeverity().toString(),
                    "escalated=" + (i.getLargeScale() != null))));
    return summary;
  }

  private static String ids(Incident incident) {
    return incident.getMembers().stream().map(m -> m.getAlertId()).toList().toString();
  }

  private static List<String> ids(List<IncidentAlert> alerts) {
    return alerts.stream()
        .map(a -> a.getAlertId() + "@" + a.getReportedAt() + CorrelationKeys.of(a))
        .toList();
  }
}
