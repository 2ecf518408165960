package org.certex.launcher.stix;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indicators of the alerts held and their sightings. One {@code indicator} per pattern (an
 * indicator that several alerts carry is one object: valid_from its first report, marked with the
 * most restrictive of their labels), and one {@code sighting} of it per reporting organisation
 * (where_sighted_refs that organisation's identity, first_seen and last_seen the scenario times of
 * its first and last report of it, count the number of its alerts that carry it). An indicator type
 * with no STIX mapping is left out and counted by type.
 */
final class IndicatorObjects {

  private final BundleObjects objects;
  private final Map<String, Seen> indicators = new LinkedHashMap<>();
  private final Map<String, Seen> sightings = new LinkedHashMap<>();
  private final Map<String, Integer> unmapped = new TreeMap<>();

  IndicatorObjects(BundleObjects objects) {
    this.objects = objects;
  }

  /** What was seen of one indicator (or one reporter's sightings of it). */
  private record Seen(
      String pattern,
      String type,
      String value,
      Instant first,
      Instant last,
      int count,
      TlpMarking marking) {

    Seen and(Seen other) {
      return new Seen(
          pattern,
          type,
          value,
          first.isBefore(other.first) ? first : other.first,
          last.isAfter(other.last) ? last : other.last,
          count + other.count,
          marking.stricter(other.marking));
    }
  }

  /** Takes the indicators of one alert. */
  void add(HeldAlert alert) {
    for (HeldAlert.Indicator indicator : alert.indicators()) {
      Optional<String> pattern = StixPattern.of(indicator.type(), indicator.value());
      if (pattern.isEmpty()) {
        unmapped.merge(indicator.type(), 1, Integer::sum);
        continue;
      }
      Seen seen =
          new Seen(
              pattern.get(),
              indicator.type(),
              indicator.value(),
              alert.reportedAt(),
              alert.reportedAt(),
              1,
              alert.tlp());
      indicators.merge(pattern.get(), seen, Seen::and);
      sightings.merge(pattern.get() + '\u0000' + alert.sourceOrg(), seen, Seen::and);
    }
  }

  /** The id of the indicator of {@code indicator}, if it has a pattern. */
  Optional<String> idOf(HeldAlert.Indicator indicator) {
    return StixPattern.of(indicator.type(), indicator.value())
        .map(pattern -> objects.ids().of("indicator", pattern));
  }

  /** Indicators left out for want of a STIX mapping, by type. */
  Map<String, Integer> unmapped() {
    return unmapped;
  }

  /** Makes the indicators and sightings taken. */
  void make() {
    for (Seen seen : indicators.values()) {
      ObjectNode node =
          objects.add("indicator", seen.pattern(), seen.first(), seen.last(), seen.marking());
      node.put("name", seen.type() + " " + seen.value());
      node.put("pattern", seen.pattern());
      node.put("pattern_type", "stix");
      node.put("pattern_version", "2.1");
      node.put("valid_from", StixIds.timestamp(seen.first()));
      node.putArray("indicator_types").add("malicious-activity");
    }
    sightings.forEach(
        (key, seen) -> {
          String reporter = key.substring(key.indexOf('\u0000') + 1);
          ObjectNode node = objects.add("sighting", key, seen.first(), seen.last(), seen.marking());
          node.put("sighting_of_ref", objects.ids().of("indicator", seen.pattern()));
          node.putArray("where_sighted_refs").add(RosterObjects.identityOf(objects, reporter));
          node.put("first_seen", StixIds.timestamp(seen.first()));
          node.put("last_seen", StixIds.timestamp(seen.last()));
          node.put("count", seen.count());
        });
  }

  /** The reporters of the sightings made, so that each has an identity. */
  List<String> reporters() {
    return sightings.keySet().stream()
        .map(key -> key.substring(key.indexOf('\u0000') + 1))
        .distinct()
        .toList();
  }
}
