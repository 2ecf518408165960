package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one entry of the {@code alerts:} section into a {@link ScheduledAlert}, checking its
 * labels, its place in the exercise's time span and its references to participants and to earlier
 * alerts. Every part is read even when another is wrong, so that all problems are logged.
 */
final class AlertReader {

  static final List<String> KEYS =
      List.of(
          "id",
          "at",
          "detected-before",
          "from",
          "to",
          "tlp",
          "pap",
          "rsit",
          "severity",
          "sector",
          "nis2",
          "significant",
          "cross-border",
          "affected-countries",
          "indicators",
          "campaign",
          "derived-from",
          "text");
  private static final List<String> INDICATOR_KEYS = List.of("type", "value");
  private static final Vocabulary<Severity> SEVERITIES =
      Vocabulary.ofEnum("severity", Severity.class);
  private static final Vocabulary<Nis2EntityType> NIS2_TYPES =
      Vocabulary.ofEnum("NIS2 entity type", Nis2EntityType.class);

  private final ParticipantRoster roster;
  private final AlertTimeline timeline;
  private final AlertTiming timing;

  AlertReader(ParticipantRoster roster, AlertTimeline timeline, AlertTiming timing) {
    this.roster = roster;
    this.timeline = timeline;
    this.timing = timing;
  }

  /** The alert, or empty if a required part is missing or wrong (the problem is logged). */
  Optional<ScheduledAlert> read(YamlMapping alert, int position) {
    Optional<Essentials> essentials = essentials(alert);
    Particulars particulars = particulars(alert, position);
    return essentials.map(parts -> parts.with(particulars));
  }

  /** The required parts of an alert, read together so that each missing one is reported. */
  private record Essentials(
      String id,
      Duration at,
      String from,
      List<String> to,
      Tlp tlp,
      RsitLabel rsit,
      Severity severity) {

    ScheduledAlert with(Particulars more) {
      return new ScheduledAlert(
          id,
          at,
          more.detectedBefore(),
          from,
          to,
          tlp,
          more.pap(),
          rsit.rsitClass(),
          rsit.type(),
          severity,
          more.sector(),
          more.nis2(),
          more.significant(),
          more.crossBorder(),
          more.affectedCountries(),
          more.indicators(),
          more.campaign(),
          more.derivedFrom(),
          more.text());
    }
  }

  /** The optional parts, with their defaults; sector, campaign and derivedFrom may be null. */
  private record Particulars(
      Duration detectedBefore,
      Pap pap,
      String sector,
      Nis2EntityType nis2,
      boolean significant,
      boolean crossBorder,
      List<String> affectedCountries,
      List<IndicatorOfCompromise> indicators,
      String campaign,
      String derivedFrom,
      String text) {}

  private Particulars particulars(YamlMapping alert, int position) {
    return new Particulars(
        alert.optional("detected-before", AlertTiming::detectionLead).orElse(Duration.ZERO),
        alert.optional("pap", SharingLabels::pap).orElse(Pap.CLEAR),
        alert.optionalText("sector").orElse(null),
        alert.optional("nis2", NIS2_TYPES::parse).orElse(Nis2EntityType.NOT_IN_SCOPE),
        alert.optionalBoolean("significant").orElse(false),
        alert.optionalBoolean("cross-border").orElse(false),
        countries(alert),
        indicators(alert),
        alert.optionalText("campaign").orElse(null),
        alert
            .optional("derived-from", text -> timeline.publishedBefore(text, position))
            .orElse(null),
        alert.optionalText("text").orElse(""));
  }

  private Optional<Essentials> essentials(YamlMapping alert) {
    Optional<String> id = alert.requiredText("id");
    Optional<Duration> at = alert.required("at", timing::publication);
    Optional<String> from = alert.required("from", roster::participant);
    Optional<List<String>> to = addressees(alert);
    Optional<Tlp> tlp = alert.required("tlp", SharingLabels::tlp);
    Optional<RsitLabel> rsit = alert.required("rsit", RsitLabel::parse);
    Optional<Severity> severity = alert.required("severity", SEVERITIES::parse);
    if (Stream.of(id, at, from, to, tlp, rsit, severity).anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(
        new Essentials(
            id.get(), at.get(), from.get(), to.get(), tlp.get(), rsit.get(), severity.get()));
  }

  /** At least one addressee, each a participant, none twice. */
  private Optional<List<String>> addressees(YamlMapping alert) {
    Optional<List<Node>> items = alert.requiredList("to");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      alert.required("to").ifPresent(node -> alert.report(node, "no addressees in 'to'"));
      return Optional.empty();
    }
    Set<String> addressees = new LinkedHashSet<>();
    for (ScalarNode item : alert.scalars().texts(items.get(), "to")) {
      alert
          .scalars()
          .parsed(item, "to", roster::participant)
          .filter(id -> !addressees.add(id))
          .ifPresent(id -> alert.report(item, "addressee '" + id + "' named twice in 'to'"));
    }
    return Optional.of(List.copyOf(addressees));
  }

  private static List<String> countries(YamlMapping alert) {
    List<String> countries = new ArrayList<>();
    for (ScalarNode item : alert.optionalTexts("affected-countries")) {
      alert
          .scalars()
          .parsed(item, "affected-countries", CountryCode::parse)
          .ifPresent(countries::add);
    }
    return countries;
  }

  private static List<IndicatorOfCompromise> indicators(YamlMapping alert) {
    List<IndicatorOfCompromise> indicators = new ArrayList<>();
    for (Node item : alert.optionalList("indicators")) {
      alert
          .nested(item, "an indicator", INDICATOR_KEYS)
          .ifPresent(
              indicator -> {
                Optional<String> type = indicator.requiredText("type");
                Optional<String> value = indicator.requiredText("value");
                if (type.isPresent() && value.isPresent()) {
                  indicators.add(new IndicatorOfCompromise(type.get(), value.get()));
                }
              });
    }
    return indicators;
  }
}
