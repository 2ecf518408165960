package org.certex.producers.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;
import org.certex.schemas.RecordLimits;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The optional parts of an alert, with their defaults; sector, campaign and derivedFrom may be
 * null. Read the same way for an item of {@code alerts:} and for an inject's {@code alert:}.
 */
record AlertParticulars(
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
    String text) {

  static final List<String> INDICATOR_KEYS = List.of("type", "value");
  static final Vocabulary<Nis2EntityType> NIS2_TYPES =
      Vocabulary.ofEnum("NIS2 entity type", Nis2EntityType.class);

  /**
   * @param position the alert's place in the {@link AlertTimeline}, for {@code derived-from}
   */
  static AlertParticulars read(YamlMapping alert, AlertTimeline timeline, int position) {
    return new AlertParticulars(
        alert.optional("detected-before", AlertTiming::detectionLead).orElse(Duration.ZERO),
        alert.optional("pap", SharingLabels::pap).orElse(Pap.CLEAR),
        alert.optionalText("sector", RecordLimits.SHORT_TEXT_CHARS).orElse(null),
        alert.optional("nis2", NIS2_TYPES::parse).orElse(Nis2EntityType.NOT_IN_SCOPE),
        alert.optionalBoolean("significant").orElse(false),
        crossBorder(alert),
        countries(alert),
        indicators(alert),
        alert.optionalText("campaign", RecordLimits.ID_CHARS).orElse(null),
        alert
            .optional("derived-from", text -> timeline.publishedBefore(text, position))
            .orElse(null),
        alert.optionalText("text", RecordLimits.TEXT_CHARS).orElse(""));
  }

  /** The alert made of these particulars and its required parts. */
  ScheduledAlert complete(
      AlertReader.Origin origin, List<String> to, Tlp tlp, RsitLabel rsit, Severity severity) {
    return new ScheduledAlert(
        origin.id(),
        origin.at(),
        detectedBefore,
        origin.from(),
        to,
        tlp,
        pap,
        rsit.rsitClass(),
        rsit.type(),
        severity,
        sector,
        nis2,
        significant,
        crossBorder,
        affectedCountries,
        indicators,
        campaign,
        derivedFrom,
        text);
  }

  /**
   * Whether the alert is cross-border; one that is must name its affected countries, or the sharing
   * pipeline sets it aside (NIS2 forwarding goes to the affected countries' CSIRTs).
   */
  private static boolean crossBorder(YamlMapping alert) {
    boolean crossBorder = alert.optionalBoolean("cross-border").orElse(false);
    boolean namesNone =
        alert
            .optional("affected-countries")
            .map(node -> node instanceof SequenceNode list && list.getValue().isEmpty())
            .orElse(true);
    if (crossBorder && namesNone) {
      alert.report(
          alert.optional("cross-border").orElseThrow(),
          ScheduledAlert.CROSS_BORDER_WITHOUT_COUNTRIES
              + "; list them in 'affected-countries', e.g. [RS, HU]");
    }
    return crossBorder;
  }

  private static List<String> countries(YamlMapping alert) {
    List<String> countries = new ArrayList<>();
    for (ScalarNode item :
        alert.optionalTexts("affected-countries", RecordLimits.SHORT_TEXT_CHARS)) {
      alert
          .scalars()
          .parsed(item, "affected-countries", CountryCode::parse)
          .ifPresent(countries::add);
    }
    return countries;
  }

  private static List<IndicatorOfCompromise> indicators(YamlMapping alert) {
    List<IndicatorOfCompromise> indicators = new ArrayList<>();
    List<Node> items = alert.optionalList("indicators");
    if (items.size() > RecordLimits.INDICATORS) {
      alert.report(
          items.get(RecordLimits.INDICATORS),
          RecordLimits.tooMany("'indicators'", items.size(), RecordLimits.INDICATORS));
      return indicators;
    }
    for (Node item : items) {
      alert
          .nested(item, "an indicator", INDICATOR_KEYS)
          .ifPresent(
              indicator -> {
                Optional<String> type =
                    indicator.requiredText("type", RecordLimits.SHORT_TEXT_CHARS);
                Optional<String> value =
                    indicator.requiredText("value", RecordLimits.INDICATOR_VALUE_CHARS);
                if (type.isPresent() && value.isPresent()) {
                  indicators.add(new IndicatorOfCompromise(type.get(), value.get()));
                }
              });
    }
    return indicators;
  }
}
