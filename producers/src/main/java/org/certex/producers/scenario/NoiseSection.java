package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.avro.Tlp;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code noise:} section: background alerts that keep players busy between
 * injects, each profile a sender, its addressees, a mean rate and weighted mixes of RSIT labels and
 * TLP labels. The engine draws the alerts from the exercise seed.
 */
final class NoiseSection {

  static final String KEY = "noise";
  static final List<String> KEYS = List.of("from", "to", "rate", "rsit", "tlp");

  private final ProblemLog log;
  private final ParticipantRoster roster;

  NoiseSection(ProblemLog log, ParticipantRoster roster) {
    this.log = log;
    this.roster = roster;
  }

  List<NoiseProfile> read(YamlMapping scenario) {
    List<NoiseProfile> profiles = new ArrayList<>();
    for (Node item : scenario.optionalList(KEY)) {
      YamlMapping.of(item, "a noise profile", KEYS, log)
          .flatMap(this::profile)
          .ifPresent(profiles::add);
    }
    return profiles;
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
