package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Pap;
import org.certex.avro.Participant;
import org.certex.avro.RunStatus;
import org.certex.avro.SharingOverrides;
import org.certex.avro.Tlp;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.CertexSchemas;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingReason;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.SharingVerdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The sharing policy of a run record")
class RunPolicyTest {

  /**
   * EPS reports to CERT-RS at TLP:GREEN and PAP:AMBER, a significant incident that also hits
   * Hungary. Under the EU defaults OHIO-NG receives as CERT-RS's agreement partner (redacted, not
   * addressed), HU-CSIRT by NIS2 forwarding, and EU-AGENCY nothing: it is not called ENISA.
   */
  private static final SharingFacts ALERT =
      SharingFacts.of("a-1", "EPS", Tlp.GREEN, Pap.AMBER, List.of("CERT-RS"))
          .significantCrossBorder("HU");

  private static ExerciseRun run(SharingOverrides overrides) {
    return ExerciseRun.newBuilder()
        .setRunId("r-1")
        .setScenarioId("s")
        .setStatus(RunStatus.RUNNING)
        .setScenarioStart(Instant.parse("2021-12-07T08:00:00Z"))
        .setStartedAt(Instant.parse("2021-12-07T08:00:00Z"))
        .setParticipants(
            List.of(
                    participant("CERT-RS", "RS", "national-csirt", false)
                        .setClients(List.of("EPS")),
                    participant("EPS", "RS", "operator", false),
                    participant("OHIO-NG", "US", "foreign-partner", false)
                        .setAgreements(List.of("CERT-RS")),
                    participant("HU-CSIRT", "HU", "national-csirt", true)
                        .setCommunities(List.of("CSIRTS-NETWORK")),
                    participant("EU-AGENCY", "EU", "enisa", true))
                .stream()
                .map(Participant.Builder::build)
                .toList())
        .setPolicy(overrides)
        .build();
  }

  private static Participant.Builder participant(
      String id, String country, String kind, boolean euMember) {
    return Participant.newBuilder()
        .setId(id)
        .setName(id)
        .setCountry(country)
        .setKind(kind)
        .setEuMember(euMember);
  }

  private static Map<String, SharingVerdict> verdicts(ExerciseRun run) {
    RunPolicy sharing = RunPolicy.of(run);
    return sharing.policy().everyVerdict(ALERT, sharing.roster()).stream()
        .collect(Collectors.toMap(SharingVerdict::recipient, Function.identity()));
  }

  @Test
  @DisplayName("without overrides: the EU defaults, and the roster with its relations")
  void defaults() {
    RunPolicy sharing = RunPolicy.of(run(null));

    assertThat(sharing.policy().rules()).isEqualTo(SharingRules.EU_DEFAULTS);
    assertThat(sharing.roster())
        .first()
        .isEqualTo(
            new Party("CERT-RS", "RS", "national-csirt", false, Set.of("EPS"), Set.of(), Set.of()));
    assertThat(sharing.roster())
        .extracting(Party::id)
        .containsExactly("CERT-RS", "EPS", "OHIO-NG", "HU-CSIRT", "EU-AGENCY");
    assertThat(verdicts(run(null)))
        .hasEntrySatisfying(
            "OHIO-NG", v -> assertThat(v.reason()).isEqualTo(SharingReason.GREEN_AGREEMENT_PARTNER))
        .hasEntrySatisfying(
            "HU-CSIRT",
            v -> assertThat(v.reason()).isEqualTo(SharingReason.NIS2_CROSS_BORDER_FORWARD))
        .hasEntrySatisfying(
            "EU-AGENCY",
            v -> assertThat(v.reason()).isEqualTo(SharingReason.GREEN_OUTSIDE_COMMUNITY));
  }

  @Test
  @DisplayName("an empty overrides record keeps every default")
  void emptyOverrides() {
    assertThat(RunPolicy.of(run(SharingOverrides.newBuilder().build())).policy().rules())
        .isEqualTo(SharingRules.EU_DEFAULTS);
  }

  private static SharingVerdict verdict(String id, SharingReason reason, boolean redacted) {
    return new SharingVerdict(id, reason.delivers(), reason, redacted);
  }

  static Stream<Arguments> overrides() {
    return Stream.of(
        Arguments.of(
            SharingOverrides.newBuilder().setEnisaId("EU-AGENCY").build(),
            SharingRules.EU_DEFAULTS.withEnisaId("EU-AGENCY"),
            List.of(verdict("EU-AGENCY", SharingReason.NIS2_CROSS_BORDER_FORWARD, true))),
        Arguments.of(
            SharingOverrides.newBuilder().setNationalCsirtKinds(List.of("soc")).build(),
            SharingRules.EU_DEFAULTS.withNationalCsirtKinds(Set.of("soc")),
            List.of(verdict("HU-CSIRT", SharingReason.GREEN_OUTSIDE_COMMUNITY, false))),
        Arguments.of(
            SharingOverrides.newBuilder().setAgreementsCountForGreen(false).build(),
            SharingRules.EU_DEFAULTS.withAgreementsCountForGreen(false),
            List.of(verdict("OHIO-NG", SharingReason.GREEN_OUTSIDE_COMMUNITY, false))),
        Arguments.of(
            SharingOverrides.newBuilder().setRedactingPap(List.of(Pap.RED)).build(),
            SharingRules.EU_DEFAULTS.withRedactingPap(Set.of(Pap.RED)),
            List.of(
                verdict("OHIO-NG", SharingReason.GREEN_AGREEMENT_PARTNER, false),
                verdict("HU-CSIRT", SharingReason.NIS2_CROSS_BORDER_FORWARD, false))),
        Arguments.of(
            SharingOverrides.newBuilder().setNis2ForwardingLabels(List.of()).build(),
            SharingRules.EU_DEFAULTS.withNis2ForwardingLabels(Set.of()),
            List.of(verdict("HU-CSIRT", SharingReason.GREEN_OUTSIDE_COMMUNITY, false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overrides")
  @DisplayName("each override changes its setting, and exactly the verdicts it should")
  void eachOverride(
      SharingOverrides overrides, SharingRules expected, List<SharingVerdict> changes) {
    assertThat(RunPolicy.of(run(overrides)).policy().rules()).isEqualTo(expected);

    Map<String, SharingVerdict> before = verdicts(run(null));
    Map<String, SharingVerdict> after = verdicts(run(overrides));
    Map<String, SharingVerdict> changed = new HashMap<>(before);
    changes.forEach(verdict -> changed.put(verdict.recipient(), verdict));
    assertThat(after).isEqualTo(changed).isNotEqualTo(before);
  }

  @Test
  @DisplayName("refuses overrides that would forward TLP:RED under NIS2")
  void refusesRedForwarding() {
    SharingOverrides red =
        SharingOverrides.newBuilder().setNis2ForwardingLabels(List.of(Tlp.GREEN, Tlp.RED)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RunPolicy.of(run(red)))
        .withMessageContaining("TLP:RED");
  }

  @Test
  @DisplayName("a run recorded by a v2 writer, before overrides existed, gets the EU defaults")
  void v2RunRecord() {
    Schema v2 =
        CertexSchemas.history().stream()
            .filter(schema -> schema.getName().equals("ExerciseRun"))
            .filter(schema -> schema.getField("policy") == null)
            .filter(
                schema ->
                    schema.getField("participants").schema().getElementType().getField("agreements")
                        != null)
            .findFirst()
            .orElseThrow();
    GenericRecord participant =
        new GenericData.Record(v2.getField("participants").schema().getElementType());
    participant.put("id", "OHIO-NG");
    participant.put("name", "Ohio National Guard");
    participant.put("country", "US");
    participant.put("kind", "foreign-partner");
    participant.put("euMember", false);
    participant.put("clients", List.of());
    participant.put("communities", List.of());
    participant.put("agreements", List.of("CERT-RS"));
    GenericRecord run = new GenericData.Record(v2);
    run.put("runId", "r-1");
    run.put("scenarioId", "s");
    run.put("title", "");
    run.put("seed", 0L);
    run.put("status", new GenericData.EnumSymbol(v2.getField("status").schema(), "RUNNING"));
    run.put("scenarioStart", 0L);
    run.put("startedAt", 0L);
    run.put("endedAt", null);
    run.put("partitions", 3);
    run.put("participants", List.of(participant));

    ExerciseRun read = AvroSerde.of(ExerciseRun.class).decode(encode(v2, run));
    RunPolicy sharing = RunPolicy.of(read);

    assertThat(read.getPolicy()).isNull();
    assertThat(sharing.policy().rules()).isEqualTo(SharingRules.EU_DEFAULTS);
    assertThat(sharing.roster())
        .containsExactly(
            new Party(
                "OHIO-NG", "US", "foreign-partner", false, Set.of(), Set.of(), Set.of("CERT-RS")));
  }

  private static byte[] encode(Schema schema, GenericRecord record) {
    try {
      ByteBuffer buffer =
          new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
