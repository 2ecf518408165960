package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.attribution.ToolboxPipeline.at;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.Confidence;
import org.certex.avro.SituationSettings;
import org.certex.avro.Tlp;
import org.certex.schemas.AvroSerde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assessments through the topology: coordinated attribution and the evidence rule. */
class CoordinatedAttributionTopologyTest {

  private static final String CAMPAIGN = "GREY-HERON";
  private ToolboxPipeline pipeline = new ToolboxPipeline();

  @AfterEach
  void stop() {
    pipeline.close();
  }

  private List<AttributionRecord> records() {
    return pipeline.passed().stream().map(r -> r.value()).toList();
  }

  private static List<AttributionRecord> ofKind(
      List<AttributionRecord> records, AttributionEvent kind) {
    return records.stream().filter(r -> r.getKind() == kind).toList();
  }

  @Test
  @DisplayName(
      "two member states naming the actor at MODERATE or higher declare a coordinated attribution,"
          + " once, keyed by subject and stamped with the completing assessment's time")
  void declaredAtThreshold() {
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    assertThat(ofKind(records(), AttributionEvent.COORDINATED_ATTRIBUTION)).isEmpty();

    pipeline.assess("MFA-EE", CAMPAIGN, "Unit 000", Confidence.MODERATE, at(Duration.ofHours(2)));
    List<TestRecord<String, AttributionRecord>> out = pipeline.passed();
    assertThat(out)
        .extracting(r -> r.value().getKind())
        .containsExactly(AttributionEvent.ASSESSMENT, AttributionEvent.COORDINATED_ATTRIBUTION);
    TestRecord<String, AttributionRecord> declared = out.get(1);
    assertThat(declared.key()).isEqualTo(CAMPAIGN);
    assertThat(declared.value().getMemberStates()).containsExactly("EE", "PL");
    assertThat(declared.value().getActor()).isEqualTo("Unit 000");
    assertThat(declared.value().getConfidence()).isEqualTo(Confidence.MODERATE);
    assertThat(declared.value().getBy()).isEqualTo("MFA-EE");
    assertThat(declared.getRecordTime()).isEqualTo(at(Duration.ofHours(2)));
    assertThat(declared.value().getScenarioTime()).isEqualTo(at(Duration.ofHours(2)));

    pipeline.assess("AA-DE", CAMPAIGN, "unit 000", Confidence.HIGH, at(Duration.ofHours(3)));
    assertThat(ofKind(records(), AttributionEvent.COORDINATED_ATTRIBUTION)).isEmpty();
  }

  @Test
  @DisplayName("below the threshold: a LOW confidence, another actor, another subject do not count")
  void notBelowThreshold() {
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    pipeline.assess("MFA-EE", CAMPAIGN, "Unit 000", Confidence.LOW, at(Duration.ofHours(1)));
    pipeline.assess("MFA-LT", CAMPAIGN, "Unit 999", Confidence.HIGH, at(Duration.ofHours(1)));
    pipeline.assess(
        "AA-DE", "OTHER-CAMPAIGN", "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    assertThat(records())
        .extracting(AttributionRecord::getKind)
        .containsOnly(AttributionEvent.ASSESSMENT);
  }

  @Test
  @DisplayName(
      "each member state counts once with its latest assessment; EU bodies and non-members are"
          + " recorded, not counted")
  void eachStateOnce() {
    pipeline.assess("CERT-PL", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(2)));
    pipeline.assess("CERT-EU", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(2)));
    pipeline.assess("CERT-RS", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(2)));
    List<AttributionRecord> out = records();
    assertThat(ofKind(out, AttributionEvent.COORDINATED_ATTRIBUTION)).isEmpty();
    assertThat(out)
        .extracting(AttributionRecord::getMemberState)
        .containsExactly("PL", "PL", null, null);
    assertThat(out.get(2).getReason()).contains("not counted").contains("CERT-EU");

    // PL changes its mind: EE naming the first actor is then alone with it.
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 999", Confidence.HIGH, at(Duration.ofHours(3)));
    pipeline.assess("MFA-EE", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(4)));
    assertThat(ofKind(records(), AttributionEvent.COORDINATED_ATTRIBUTION)).isEmpty();
    pipeline.assess("MFA-LT", CAMPAIGN, "Unit 999", Confidence.MODERATE, at(Duration.ofHours(5)));
    assertThat(ofKind(records(), AttributionEvent.COORDINATED_ATTRIBUTION))
        .singleElement()
        .satisfies(d -> assertThat(d.getMemberStates()).containsExactly("LT", "PL"));
  }

  @Test
  @DisplayName("the scenario's threshold: three states at HIGH")
  void scenarioThreshold() {
    pipeline.close();
    pipeline =
        new ToolboxPipeline(
            SituationSettings.newBuilder()
                .setCoordinatedAttributionStates(3)
                .setCoordinatedAttributionConfidence(Confidence.HIGH)
                .build());
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    pipeline.assess("MFA-EE", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    pipeline.assess("MFA-LT", CAMPAIGN, "Unit 000", Confidence.MODERATE, at(Duration.ofHours(1)));
    assertThat(ofKind(records(), AttributionEvent.COORDINATED_ATTRIBUTION)).isEmpty();
    pipeline.assess("AA-DE", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(2)));
    assertThat(ofKind(records(), AttributionEvent.COORDINATED_ATTRIBUTION))
        .singleElement()
        .satisfies(d -> assertThat(d.getMemberStates()).containsExactly("DE", "EE", "PL"));
  }

  @Test
  @DisplayName(
      "evidence under TLP:AMBER or no label is refused with its reason and not counted; under"
          + " TLP:RED it is accepted; the evidence never reaches the attribution topic")
  void evidenceLabels() {
    String secret = "sigint: implant beacon to 192.0.2.77 matches unit 000 tasking";
    pipeline.assess(
        "MFA-PL",
        CAMPAIGN,
        "Unit 000",
        Confidence.HIGH,
        Tlp.AMBER,
        secret,
        at(Duration.ofHours(1)));
    pipeline.assess(
        "MFA-EE", CAMPAIGN, "Unit 000", Confidence.HIGH, null, secret, at(Duration.ofHours(1)));
    pipeline.assess(
        "MFA-LT", CAMPAIGN, "Unit 000", Confidence.HIGH, Tlp.RED, secret, at(Duration.ofHours(2)));
    List<TestRecord<String, AttributionRecord>> out = pipeline.passed();
    assertThat(out)
        .extracting(r -> r.value().getKind())
        .containsExactly(
            AttributionEvent.ASSESSMENT_REFUSED,
            AttributionEvent.ASSESSMENT_REFUSED,
            AttributionEvent.ASSESSMENT);
    assertThat(out.get(0).value().getReason())
        .isEqualTo(
            "EVIDENCE_LABEL_TOO_WIDE: the assessment carries evidence under TLP:AMBER; evidence"
                + " travels only under TLP:AMBER+STRICT or TLP:RED");
    assertThat(out.get(0).value().getEvidenceLabel()).isEqualTo(Tlp.AMBER);
    assertThat(out.get(0).value().getHadEvidence()).isTrue();
    assertThat(out.get(1).value().getReason()).startsWith("EVIDENCE_UNLABELLED: ");
    assertThat(out.get(2).value().getEvidenceLabel()).isEqualTo(Tlp.RED);
    AvroSerde<AttributionRecord> serde = AvroSerde.of(AttributionRecord.class);
    assertThat(out)
        .allSatisfy(
            r ->
                assertThat(new String(serde.encode(r.value()), StandardCharsets.ISO_8859_1))
                    .doesNotContain("192.0.2.77")
                    .doesNotContain("sigint"));
    // PL and EE were refused, so LT stands alone.
    pipeline.assess("AA-DE", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(3)));
    assertThat(ofKind(records(), AttributionEvent.COORDINATED_ATTRIBUTION))
        .singleElement()
        .satisfies(d -> assertThat(d.getMemberStates()).containsExactly("DE", "LT"));
  }

  @Test
  @DisplayName(
      "taken in scenario-time order, whatever the arrival order: nothing before the clock passes"
          + " the assessments, then the declaration stamped at the earliest instant the threshold"
          + " held; a state's later assessment replaces its earlier one")
  void outOfOrderArrival() {
    pipeline.assess("MFA-EE", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(3)));
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 999", Confidence.HIGH, at(Duration.ofHours(2)));
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    pipeline.assess("MFA-LT", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofMinutes(90)));
    assertThat(pipeline.attribution.isEmpty()).isTrue();

    List<TestRecord<String, AttributionRecord>> out = pipeline.passed();
    assertThat(out)
        .extracting(r -> r.value().getKind() + " " + r.value().getBy() + " " + r.getRecordTime())
        .containsExactly(
            "ASSESSMENT MFA-PL " + at(Duration.ofHours(1)),
            "ASSESSMENT MFA-LT " + at(Duration.ofMinutes(90)),
            "COORDINATED_ATTRIBUTION MFA-LT " + at(Duration.ofMinutes(90)),
            "ASSESSMENT MFA-PL " + at(Duration.ofHours(2)),
            "ASSESSMENT MFA-EE " + at(Duration.ofHours(3)));
    AttributionRecord declared = out.get(2).value();
    assertThat(declared.getMemberStates()).containsExactly("LT", "PL");
    assertThat(declared.getScenarioTime()).isEqualTo(at(Duration.ofMinutes(90)));
    // PL's later assessment (of Unit 999) replaced its first, taken in its time.
    assertThat(out.get(3).value().getReason()).isEmpty();
  }

  @Test
  @DisplayName(
      "an assessment arriving after the clock passed its time is late: taken at once, without a"
          + " tick, and a state's earlier assessment arriving late does not replace its later one")
  void lateAssessment() {
    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 999", Confidence.HIGH, at(Duration.ofHours(2)));
    pipeline.assess("MFA-EE", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(3)));
    pipeline.tick(at(Duration.ofHours(4)));
    assertThat(pipeline.attribution.readValuesToList()).hasSize(2);

    pipeline.assess("MFA-PL", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofHours(1)));
    TestRecord<String, AttributionRecord> late = pipeline.attribution.readRecord();
    assertThat(late.getRecordTime()).isEqualTo(at(Duration.ofHours(1)));
    assertThat(late.value().getReason())
        .isEqualTo("recorded; the later assessment of PL at 2025-03-04T10:00:00Z stands");
    assertThat(pipeline.attribution.isEmpty()).isTrue();

    // A late assessment that completes the threshold declares at once; the declaration is stamped
    // with the latest assessment it counts (the threshold held from then on, in what was taken).
    pipeline.assess("MFA-LT", CAMPAIGN, "Unit 000", Confidence.HIGH, at(Duration.ofMinutes(30)));
    List<TestRecord<String, AttributionRecord>> declared = pipeline.attribution.readRecordsToList();
    assertThat(declared)
        .extracting(r -> r.value().getKind())
        .containsExactly(AttributionEvent.ASSESSMENT, AttributionEvent.COORDINATED_ATTRIBUTION);
    assertThat(declared.get(1).value().getMemberStates()).containsExactly("EE", "LT");
    assertThat(declared.get(1).value().getBy()).isEqualTo("MFA-EE");
    assertThat(declared.get(1).getRecordTime()).isEqualTo(at(Duration.ofHours(3)));
  }
}
