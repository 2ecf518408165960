package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.certex.avro.RsitClass;
import org.certex.schemas.RecordLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code scenarios/certex-scenario.schema.json}, which editors check files against while
 * planners type, in step with what the loader accepts: the key lists and vocabularies are taken
 * from the section readers, so adding a key to one without the other fails here.
 */
@DisplayName("The scenario JSON Schema")
class ScenarioSchemaTest {

  /** Maven runs the tests in {@code producers/}. */
  static final Path SCHEMA = Path.of("../scenarios/certex-scenario.schema.json");

  private static JsonNode schema;

  @BeforeAll
  static void parse() throws IOException {
    schema = new ObjectMapper().readTree(SCHEMA.toFile());
  }

  private static JsonNode definition(String name) {
    JsonNode definition = schema.path("$defs").path(name);
    assertThat(definition.isObject()).as("$defs/%s", name).isTrue();
    return definition;
  }

  private static List<String> keysOf(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.path("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> enumOf(JsonNode node) {
    List<String> words = new ArrayList<>();
    node.path("enum").forEach(word -> words.add(word.asText()));
    return words;
  }

  private static Pattern pattern(String definition) {
    return Pattern.compile(definition(definition).path("pattern").asText());
  }

  @Test
  @DisplayName("is a draft 2020-12 schema that forbids unknown sections")
  void draft() {
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(keysOf(schema)).containsExactlyElementsOf(ScenarioLoader.SECTIONS);
  }

  @Test
  @DisplayName("names exactly the keys each section reader accepts")
  void sameKeysAsTheLoader() {
    assertThat(keysOf(definition("exercise"))).containsExactlyElementsOf(ExerciseSection.KEYS);
    assertThat(keysOf(definition("community"))).containsExactlyElementsOf(CommunitiesSection.KEYS);
    assertThat(keysOf(definition("participant")))
        .containsExactlyElementsOf(ParticipantsSection.KEYS);
    assertThat(keysOf(definition("alert"))).containsExactlyElementsOf(AlertReader.KEYS);
    assertThat(keysOf(definition("injectAlert")))
        .containsExactlyElementsOf(AlertReader.INJECTED_KEYS);
    assertThat(keysOf(definition("indicator")))
        .containsExactlyElementsOf(AlertParticulars.INDICATOR_KEYS);
    assertThat(keysOf(definition("inject"))).containsExactlyElementsOf(InjectReader.KEYS);
    assertThat(keysOf(definition("message"))).containsExactlyElementsOf(InjectMessageReader.KEYS);
    assertThat(keysOf(definition("expectation"))).containsExactlyElementsOf(ExpectationReader.KEYS);
    assertThat(keysOf(definition("branch"))).containsExactlyElementsOf(BranchReader.KEYS);
    assertThat(keysOf(definition("branch").path("properties").path("when")))
        .containsExactlyElementsOf(BranchReader.WHEN_KEYS);
    assertThat(keysOf(definition("noise"))).containsExactlyElementsOf(NoiseSection.KEYS);
    assertThat(keysOf(definition("policy"))).containsExactlyElementsOf(PolicySection.KEYS);
  }

  @Test
  @DisplayName("lists exactly the words of the loader's vocabularies")
  void sameVocabularies() {
    JsonNode participant = definition("participant").path("properties");
    assertThat(enumOf(participant.path("kind")))
        .containsExactlyElementsOf(ParticipantsSection.KINDS.words());
    assertThat(enumOf(participant.path("played-by")))
        .containsExactlyElementsOf(ParticipantsSection.PLAYED_BY.words());
    assertThat(enumOf(definition("community").path("properties").path("kind")))
        .containsExactlyElementsOf(CommunitiesSection.KINDS.words());
    assertThat(enumOf(definition("tlp"))).containsExactlyElementsOf(SharingLabels.TLP.words());
    assertThat(enumOf(definition("pap"))).containsExactlyElementsOf(SharingLabels.PAP.words());
    assertThat(enumOf(definition("severity")))
        .containsExactlyElementsOf(AlertReader.SEVERITIES.words());
    assertThat(enumOf(definition("nis2")))
        .containsExactlyElementsOf(AlertParticulars.NIS2_TYPES.words());
    assertThat(enumOf(definition("message").path("properties").path("kind")))
        .containsExactlyElementsOf(InjectMessageReader.KINDS.words());
    String actionPattern =
        definition("expectation").path("properties").path("action").path("pattern").asText();
    assertThat(actionPattern)
        .isEqualTo("^(" + String.join("|", ExpectationReader.ACTIONS.words()) + ")( .+)?$");
    assertThat(
            enumOf(
                definition("branch")
                    .path("properties")
                    .path("when")
                    .path("properties")
                    .path("outcome")))
        .containsExactlyElementsOf(BranchReader.OUTCOMES.words());
  }

  @Test
  @DisplayName("lets the policy section forward under NIS2 only the labels the loader accepts")
  void forwardableLabels() {
    List<String> forwardable =
        SharingLabels.TLP.words().stream()
            .filter(word -> !PolicySection.UNFORWARDABLE.contains(SharingLabels.tlp(word)))
            .toList();
    JsonNode policy = definition("policy").path("properties");
    assertThat(enumOf(policy.path("nis2-forwarding-labels").path("items")))
        .containsExactlyElementsOf(forwardable);
    assertThat(policy.path("national-csirt-kinds").path("items").path("$ref").asText())
        .isEqualTo("#/$defs/participant/properties/kind");
    assertThat(policy.path("redacting-pap").path("items").path("$ref").asText())
        .isEqualTo("#/$defs/pap");
  }

  @Test
  @DisplayName("accepts every RSIT class and nothing else as the class of a label")
  void rsitClasses() {
    Pattern rsit = pattern("rsit");
    for (RsitClass rsitClass : RsitClass.values()) {
      String label = new RsitLabel(rsitClass, "some-type").label();
      assertThat(rsit.matcher(label).matches()).as(label).isTrue();
    }
    assertThat(rsit.matcher("malware/infected-system").matches()).isFalse();
    assertThat(rsit.matcher("malicious-code").matches()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "90s", "2m", "1h30m", "2d", "24h", "PT2M", "P1DT2H", "PT0.5S"})
  @DisplayName("accepts the durations the loader reads")
  void durationsAccepted(String duration) {
    assertThat(DurationNotation.parse(duration).isNegative()).isFalse();
    assertThat(durationPattern().matcher(duration).matches()).isTrue();
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "5", "2 min", "-5m", "1h30", "P", "PT", "5x"})
  @DisplayName("rejects malformed or negative durations")
  void durationsRejected(String duration) {
    assertThat(durationPattern().matcher(duration).matches()).isFalse();
  }

  private static Pattern durationPattern() {
    return Pattern.compile(definition("duration").path("anyOf").get(0).path("pattern").asText());
  }

  @Test
  @DisplayName("describes noise rates as the loader reads them")
  void rates() {
    Pattern rate =
        Pattern.compile(
            definition("noise").path("properties").path("rate").path("pattern").asText());
    for (String text : List.of("6/h", "2/min", "0.5/s", "1.5 / h")) {
      assertThat(NoiseRate.perHour(text)).isPositive();
      assertThat(rate.matcher(text).matches()).as(text).isTrue();
    }
    assertThat(rate.matcher("6 per hour").matches()).isFalse();
  }

  @Test
  @DisplayName("requires a cross-border alert to name its affected countries, as the loader does")
  void crossBorderNeedsCountries() {
    for (String alert : List.of("alert", "injectAlert")) {
      JsonNode definition = definition(alert);
      assertThat(definition.path("if").path("required").get(0).asText()).isEqualTo("cross-border");
      assertThat(
              definition.path("if").path("properties").path("cross-border").path("$ref").asText())
          .isEqualTo("#/$defs/true");
      assertThat(definition.path("then").path("required").get(0).asText())
          .isEqualTo("affected-countries");
      assertThat(
              definition
                  .path("then")
                  .path("properties")
                  .path("affected-countries")
                  .path("minItems")
                  .asInt())
          .isEqualTo(1);
    }
    List<String> trueWords = new ArrayList<>(enumOf(definition("true").path("anyOf").get(1)));
    assertThat(definition("true").path("anyOf").get(0).path("const").asBoolean()).isTrue();
    assertThat(trueWords)
        .allMatch(word -> YamlScalars.TRUE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  @DisplayName("states the record limits the loader enforces")
  void recordLimits() {
    assertThat(definition("exercise").path("properties").path("id").path("maxLength").asInt())
        .isEqualTo(RecordLimits.EXERCISE_ID_CHARS);
    assertThat(definition("participantId").path("maxLength").asInt())
        .isEqualTo(RecordLimits.ID_CHARS);
    assertThat(definition("itemId").path("maxLength").asInt()).isEqualTo(RecordLimits.ID_CHARS);
    assertThat(definition("expectation").path("properties").path("id").path("maxLength").asInt())
        .isEqualTo(RecordLimits.ID_CHARS - Expectation.AUTOMATIC_ACTION_PREFIX.length());
    assertThat(schema.path("properties").path("participants").path("maxItems").asInt())
        .isEqualTo(RecordLimits.PARTICIPANTS);
    for (String alert : List.of("alert", "injectAlert")) {
      JsonNode properties = definition(alert).path("properties");
      assertThat(properties.path("text").path("maxLength").asInt())
          .isEqualTo(RecordLimits.TEXT_CHARS);
      assertThat(properties.path("sector").path("maxLength").asInt())
          .isEqualTo(RecordLimits.SHORT_TEXT_CHARS);
      assertThat(properties.path("indicators").path("maxItems").asInt())
          .isEqualTo(RecordLimits.INDICATORS);
    }
    assertThat(definition("indicator").path("properties").path("value").path("maxLength").asInt())
        .isEqualTo(RecordLimits.INDICATOR_VALUE_CHARS);
    assertThat(definition("message").path("properties").path("body").path("maxLength").asInt())
        .isEqualTo(RecordLimits.TEXT_CHARS);
  }
}
