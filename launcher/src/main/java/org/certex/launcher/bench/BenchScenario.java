package org.certex.launcher.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.AlertRecords;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * The bench's generated exercise: the organisations of a {@link BenchRoster}; TLP:AMBER and TLP:RED
 * alerts, PAP:AMBER, each to a random set of addressees of {@code fanOut} organisations on average.
 * Alert {@code n} is a pure function of the seed and {@code n}, so a test or a later bench can
 * regenerate exactly what a bench sent. Public for that.
 */
public final class BenchScenario {

  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  private final Scenario scenario;
  private final List<ScenarioParticipant> roster;
  private final Map<String, ScenarioParticipant> byId;
  private final int fanOut;
  private final int maxAddressees;
  private final long seed;

  private BenchScenario(Scenario scenario, int fanOut, int maxAddressees, long seed) {
    this.scenario = scenario;
    this.roster = scenario.participants();
    this.byId =
        roster.stream().collect(Collectors.toMap(ScenarioParticipant::id, Function.identity()));
    this.fanOut = fanOut;
    this.maxAddressees = maxAddressees;
    this.seed = seed;
  }

  /**
   * @param fanOut mean addressees per alert, from 1 to {@code maxAddressees}
   * @param maxAddressees the most addressees one alert may have, below {@code orgs}
   */
  public static BenchScenario of(int orgs, int fanOut, int maxAddressees, long seed) {
    if (orgs < 2 || maxAddressees >= orgs || fanOut < 1 || fanOut > maxAddressees) {
      throw new IllegalArgumentException(
          "need 2 or more organisations and 1 <= fan-out <= max addressees < organisations");
    }
    Scenario scenario =
        new Scenario(
            "bench",
            "certex bench: " + orgs + " organisations, fan-out " + fanOut,
            List.of("Measure the pipeline"),
            START,
            Duration.ofDays(1),
            1,
            seed,
            BenchRoster.of(orgs),
            List.of(),
            List.of(),
            List.of());
    return new BenchScenario(scenario, fanOut, maxAddressees, seed);
  }

  public Scenario scenario() {
    return scenario;
  }

  /** The {@code n}th alert (from 0) as its source would publish it in run {@code runId}. */
  public IncidentAlert record(long n, String runId) {
    ScheduledAlert alert = alert(n);
    Instant reportedAt = START.plus(alert.at());
    return AlertRecords.of(alert, byId.get(alert.from()), runId, reportedAt);
  }

  /** The {@code n}th alert (from 0), due {@code n} milliseconds after the scenario's start. */
  public ScheduledAlert alert(long n) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    int source = random.nextInt(roster.size());
    Tlp tlp = random.nextInt(4) == 0 ? Tlp.RED : Tlp.AMBER;
    List<String> to = addressees(random, source);
    String from = roster.get(source).id();
    return new ScheduledAlert(
        "bench-" + n,
        Duration.ofMillis(n),
        Duration.ofMinutes(5),
        from,
        to,
        tlp,
        Pap.AMBER,
        RsitClass.MALICIOUS_CODE,
        "infected-system",
        Severity.MEDIUM,
        "energy",
        Nis2EntityType.IMPORTANT,
        false,
        false,
        List.of(),
        List.of(
            new ScheduledAlert.IndicatorOfCompromise("ip-dst", "198.51.100." + (n % 256)),
            new ScheduledAlert.IndicatorOfCompromise("domain", "c2-" + n + ".example.net")),
        null,
        null,
        "Bench alert #"
            + n
            + " from "
            + from
            + ": beaconing to a known command-and-control server from an operator's"
            + " engineering workstation; the sample drops a loader and collects credentials.");
  }

  /**
   * Addressees drawn without repetition, never the source: a count uniform on a range centred on
   * the fan-out (so its mean is the fan-out), then organisations drawn until that many are found.
   */
  private List<String> addressees(SplittableRandom random, int source) {
    int most = Math.min(maxAddressees, 2 * fanOut - 1);
    int least = Math.max(1, 2 * fanOut - most);
    int count = least + random.nextInt(most - least + 1);
    int candidates = roster.size() - 1;
    boolean pickLeftOut = count > candidates / 2;
    Set<Integer> picked = new LinkedHashSet<>();
    int wanted = pickLeftOut ? candidates - count : count;
    while (picked.size() < wanted) {
      int index = random.nextInt(roster.size());
      if (index != source) {
        picked.add(index);
      }
    }
    List<String> ids = new ArrayList<>(count);
    if (!pickLeftOut) {
      picked.forEach(i -> ids.add(roster.get(i).id()));
      return ids;
    }
    for (int i = 0; i < roster.size(); i++) {
      if (i != source && !picked.contains(i)) {
        ids.add(roster.get(i).id());
      }
    }
    return ids;
  }
}
