package org.certex.launcher.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certex.dashboard.views.IncidentView;
import org.certex.dashboard.views.ParticipantView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bundle of a hand-made export, without Kafka: markings, counts and validity per type. */
class StixBundleTest {

  private static final Instant START = Instant.parse("2024-03-11T06:00:00Z");
  private static final Instant LATER = Instant.parse("2024-03-11T08:30:00Z");

  private final StixSchemas schemas = new StixSchemas();

  private static HeldAlert alert(
      String id, String source, TlpMarking tlp, Instant at, HeldAlert.Indicator... indicators) {
    return new HeldAlert(id, source, tlp, at, List.of(indicators));
  }

  private static HeldAlert.Indicator ioc(String type, String value) {
    return new HeldAlert.Indicator(type, value);
  }

  private static ExportedRun run(List<HeldAlert> alerts, List<IncidentView> incidents) {
    return new ExportedRun(
        "run-1",
        null,
        START,
        List.of(
            new ParticipantView("CERT-EE", "CERT-EE", "EE", "CSIRT"),
            new ParticipantView("CERT-LT", "NKSC", "LT", "CSIRT")),
        alerts,
        incidents,
        List.of());
  }

  @Test
  @DisplayName("every mapped indicator type gives a schema-valid indicator; others are counted")
  void everyTypeValid() {
    List<HeldAlert> alerts = new ArrayList<>();
    alerts.add(
        alert(
            "a-1",
            "CERT-EE",
            TlpMarking.GREEN,
            START,
            ioc("ipv4-addr", "203.0.113.7"),
            ioc("ipv6-addr", "2001:db8::1"),
            ioc("domain-name", "evil.example"),
            ioc("url", "http://evil.example/it's\\here"),
            ioc("email-addr", "ceo@evil.example"),
            ioc("file-md5", "d41d8cd98f00b204e9800998ecf8427e"),
            ioc("file-sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            ioc("file-sha256", "e3b0c44298fc1c149afbf4c8996fb924"),
            ioc("asn", "AS64500"),
            ioc("yara-rule", "rule x {}"),
            ioc("yara-rule", "rule y {}")));
    StixBundle bundle = StixBundle.of(run(alerts, List.of()));

    for (JsonNode object : bundle.bundle().get("objects")) {
      assertThat(schemas.problemsOf(object)).as(object.toString()).isEmpty();
    }
    assertThat(bundle.objects()).containsEntry("indicator", 9).containsEntry("sighting", 9);
    assertThat(bundle.unmapped()).containsExactlyEntriesOf(java.util.Map.of("yara-rule", 2));
  }

  @Test
  @DisplayName("an indicator of several alerts is one object, marked with the strictest label")
  void strictestLabelWins() {
    HeldAlert.Indicator shared = ioc("ipv4-addr", "198.51.100.67");
    StixBundle bundle =
        StixBundle.of(
            run(
                List.of(
                    alert("a-1", "CERT-EE", TlpMarking.GREEN, START, shared),
                    alert("a-2", "CERT-LT", TlpMarking.AMBER_STRICT, LATER, shared),
                    alert("a-3", "CERT-LT", TlpMarking.CLEAR, LATER, shared)),
                List.of()));

    List<JsonNode> indicators = ofType(bundle, "indicator");
    assertThat(indicators).hasSize(1);
    JsonNode indicator = indicators.get(0);
    assertThat(indicator.get("object_marking_refs").get(0).asString())
        .isEqualTo(TlpMarking.AMBER_STRICT.id());
    assertThat(indicator.get("valid_from").asString()).isEqualTo("2024-03-11T06:00:00.000Z");
    assertThat(indicator.get("modified").asString()).isEqualTo("2024-03-11T08:30:00.000Z");
    List<JsonNode> sightings = ofType(bundle, "sighting");
    assertThat(sightings).extracting(s -> s.get("count").asInt()).containsExactlyInAnyOrder(1, 2);
    assertThat(ofType(bundle, "marking-definition"))
        .extracting(m -> m.get("id").asString())
        .contains(TlpMarking.AMBER_STRICT.id(), TlpMarking.GREEN.id(), TlpMarking.CLEAR.id());
  }

  @Test
  @DisplayName("an incident is marked with the strictest label of its members held")
  void incidentMarking() {
    IncidentView incident =
        new IncidentView(
            "INC-0000000000000001",
            "UPDATED",
            List.of(
                new IncidentView.Member("a-1", "CERT-EE", "EE", "health", "HIGH", true),
                new IncidentView.Member("a-2", "CERT-LT", "LT", "health", "LOW", false)),
            List.of("EE", "LT"),
            List.of("health"),
            START,
            LATER,
            "HIGH",
            null,
            null);
    HeldAlert.Indicator shared = ioc("domain-name", "heron.example");
    StixBundle bundle =
        StixBundle.of(
            run(
                List.of(
                    alert("a-1", "CERT-EE", TlpMarking.GREEN, START, shared),
                    alert("a-2", "CERT-LT", TlpMarking.AMBER, LATER, shared)),
                List.of(incident)));

    JsonNode node = ofType(bundle, "incident").get(0);
    assertThat(schemas.problemsOf(node)).isEmpty();
    assertThat(node.get("object_marking_refs").get(0).asString()).isEqualTo(TlpMarking.AMBER.id());
    assertThat(ofType(bundle, "relationship"))
        .filteredOn(r -> "related-to".equals(r.get("relationship_type").asString()))
        .singleElement()
        .satisfies(
            r -> assertThat(r.get("target_ref").asString()).isEqualTo(node.get("id").asString()));
  }

  private static List<JsonNode> ofType(StixBundle bundle, String type) {
    List<JsonNode> found = new ArrayList<>();
    bundle
        .bundle()
        .get("objects")
        .forEach(
            o -> {
              if (type.equals(o.get("type").asString())) {
                found.add(o);
              }
            });
    return found;
  }
}
