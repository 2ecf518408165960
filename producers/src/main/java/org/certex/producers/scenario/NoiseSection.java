package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.avro.Tlp;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code noise:} section: background alerts that keep players busy between
 * injects, each profile a sender, its addressees, a mean rate and weighted mixes of RSIT labels and
 * TLP labels. The engine draws the alerts from the exercise seed.
 *
 * <p>The rates are bounded all profiles together ({@link ScenarioLimits#NOISE_PER_SECOND}, {@link
 * ScenarioLimits#NOISE_ALERTS} over the exercise), so that a run of the file keeps up and ends; the
 * profile whose rate crosses a bound is reported.
 */
final class NoiseSection {

  static final String KEY = "noise";
  static final List<String> KEYS = List.of("from", "to", "rate", "rsit", "tlp");

  private static final double SECONDS_PER_HOUR = 3600;

  private final ProblemLog log;
  private final ParticipantRoster roster;
  private final Duration exerciseLength;
  private final RecordCheck records;

  /**
   * @param exerciseLength the exercise duration, or {@code null} if it could not be read
   */
  NoiseSection(
      ProblemLog log, ParticipantRoster roster, Duration exerciseLength, RecordCheck records) {
    this.log = log;
    this.roster = roster;
    this.exerciseLength = exerciseLength;
    this.records = records;
  }

  List<NoiseProfile> read(YamlMapping scenario) {
    List<NoiseProfile> profiles = new ArrayList<>();
    double perHour = 0;
    Map<String, Integer> profilesOfSender = new HashMap<>();
    for (Node item : scenario.optionalList(KEY)) {
      Optional<YamlMapping> mapping = YamlMapping.of(item, "a noise profile", KEYS, log);
      Optional<NoiseProfile> profile = mapping.flatMap(this::profile);
      if (profile.isPresent()) {
        double before = perHour;
        perHour += profile.get().perHour();
        checkTotal(before, perHour, mapping.get().optional("rate").orElseThrow());
        int ordinal = profilesOfSender.merge(profile.get().from(), 1, Integer::sum);
        records.noise(profile.get(), ordinal, mapping.get());
        profiles.add(profile.get());
      }
    }
    return profiles;
  }

  /** Reports the profile whose rate takes the total past a bound, once per bound. */
  private void checkTotal(double before, double after, Node rate) {
    double maxPerHour = ScenarioLimits.NOISE_PER_SECOND * SECONDS_PER_HOUR;
    if (before <= maxPerHour && after > maxPerHour) {
      log.report(
          rate,
          String.format(
              "noise adds up to %,.1f alerts per second of scenario time with this profile; at"
                  + " most %,.0f, all profiles together",
              after / SECONDS_PER_HOUR, ScenarioLimits.NOISE_PER_SECOND));
    }
    if (exerciseLength == null) {
      return;
    }
    double hours = exerciseLength.toMillis() / 3_600_000d;
    if (before * hours <= ScenarioLimits.NOISE_ALERTS
        && after * hours > ScenarioLimits.NOISE_ALERTS) {
      log.report(
          rate,
          String.format(
              "noise adds up to %,.0f alerts over the exercise (%s) with this profile; at most"
                  + " %,d, all profiles together",
              after * hours, DurationNotation.format(exerciseLength), ScenarioLimits.NOISE_ALERTS));
    }
  }

  private Optional<NoiseProfile> profile(YamlMapping noise) {
    Optional<String> from = noise.required("from", roster::participant);
    Optional<List<String>> to = ReferenceList.addressees(noise, roster);
    Optional<Double> perHour = noise.required("rate", NoiseRate::perHour);
    Optional<Map<String, Integer>> rsit =
        WeightedMix.read(noise, "rsit", text -> RsitLabel.parse(text).label());
    Optional<Map<Tlp, Integer>> tlp = WeightedMix.read(noise, "tlp", SharingLabels::tlp);
    if (from.isEmpty() || to.isEmpty() || perHour.isEmpty() || rsit.isEmpty() || tlp.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new NoiseProfile(from.get(), to.get(), perHour.get(), rsit.get(), tlp.get()));
  }
}
