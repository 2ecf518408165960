package org.certex.launcher.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.certex.launcher.CertexCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code certex export stix} on runs made on the embedded broker (dry runs that keep their data),
 * checked against the OASIS schemas and against the run's own log ({@code events.jsonl}, written by
 * the dry run from the raw topics) as an independent account of what each CERT was delivered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StixExportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern LITERAL = Pattern.compile("= '((?:[^'\\\\]|\\\\.)*)'\\]$");

  private final StixSchemas schemas = new StixSchemas();
  private Path work;
  private Played nis2;
  private Played toolbox;

  record Played(String runId, Path data, Path events) {}

  record Exported(int exit, String out, String err, String text, JsonNode bundle) {}

  @BeforeAll
  void play(@TempDir Path dir) throws Exception {
    work = dir;
    nis2 = dryRun("eu-nis2-cross-border");
    toolbox = dryRun("eu-attribution-toolbox");
  }

  private Played dryRun(String scenario) {
    Path data = work.resolve(scenario + "-data");
    Path out = work.resolve(scenario + "-out");
    StringWriter stdout = new StringWriter();
    int exit =
        cli(stdout, new StringWriter())
            .execute(
                "dry-run",
                "../scenarios/" + scenario + ".yaml",
                "--data",
                data.toString(),
                "--out",
                out.toString());
    assertThat(exit).as(stdout.toString()).isZero();
    Matcher id = Pattern.compile(scenario + "-\\d{8}-\\d{6}").matcher(stdout.toString());
    assertThat(id.find()).as(stdout.toString()).isTrue();
    return new Played(id.group(), data, out.resolve("events.jsonl"));
  }

  private static CommandLine cli(StringWriter out, StringWriter err) {
    CommandLine cli = new CommandLine(new CertexCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }

  private Exported export(Played run, String name, String... more) throws Exception {
    Path file = work.resolve(name + ".json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "stix",
                run.runId(),
                "--data",
                run.data().toString(),
                "--out",
                file.toString()));
    args.addAll(List.of(more));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = cli(out, err).execute(args.toArray(String[]::new));
    if (exit != 0) {
      return new Exported(exit, out.toString(), err.toString(), null, null);
    }
    String text = Files.readString(file);
    return new Exported(exit, out.toString(), err.toString(), text, JSON.readTree(text));
  }

  @Test
  @DisplayName("the whole run's bundle is valid STIX 2.1, object by object and as a bundle")
  void wholeRunIsValidStix() throws Exception {
    Exported whole = export(nis2, "nis2-whole");
    assertThat(whole.exit()).as(whole.err()).isZero();
    assertValid(whole.bundle());
    assertThat(types(whole.bundle()))
        .contains("identity", "indicator", "sighting", "incident", "relationship");
    assertThat(values(whole.bundle())).isEqualTo(alertIndicatorValues(nis2));
    assertThat(patterns(whole.bundle()))
        .anyMatch(p -> p.startsWith("[ipv4-addr:value = "))
        .anyMatch(p -> p.startsWith("[domain-name:value = "))
        .anyMatch(p -> p.startsWith("[file:hashes.'SHA-256' = "));
  }

  @Test
  @DisplayName("the same run exports the same bundle, byte for byte")
  void sameRunSameBundle() throws Exception {
    Exported first = export(nis2, "nis2-first");
    Exported second = export(nis2, "nis2-second");
    assertThat(first.exit()).isZero();
    assertThat(second.text()).isEqualTo(first.text());
  }

  @Test
  @DisplayName(
      "a CERT's bundle holds only indicators of its non-redacted deliveries and own alerts")
  void certHoldsOnlyWhatWasDelivered() throws Exception {
    Set<String> whole = alertIndicatorValues(nis2);
    for (String cert : List.of("BMI-DE", "MSP-LU")) {
      Exported held = export(nis2, "nis2-" + cert, "--cert", cert);
      assertThat(held.exit()).as(held.err()).isZero();
      assertValid(held.bundle());
      Delivered delivered = deliveredTo(nis2, cert);
      Set<String> values = values(held.bundle());
      assertThat(values).isNotEmpty().isSubsetOf(delivered.indicators());
      assertThat(values).as("less than the whole run").hasSizeLessThan(whole.size());
      Map<String, String> orgOf = orgsOf(held.bundle());
      for (JsonNode sighting : ofType(held.bundle(), "sighting")) {
        JsonNode where = sighting.get("where_sighted_refs");
        assertThat(where).hasSize(1);
        assertThat(orgOf).containsKey(where.get(0).asString());
        assertThat(delivered.sources()).contains(orgOf.get(where.get(0).asString()));
      }
    }
  }

  @Test
  @DisplayName(
      "attribution: the toolbox's outcome for all, the coordinated one for its states only")
  void attributionOutcomes() throws Exception {
    Exported whole = export(toolbox, "toolbox-whole");
    assertThat(whole.exit()).as(whole.err()).isZero();
    assertValid(whole.bundle());
    assertThat(ofType(whole.bundle(), "threat-actor"))
        .extracting(n -> n.get("name").asString())
        .containsExactly("GREY-HERON");
    assertThat(attributions(whole.bundle()))
        .containsExactlyInAnyOrder(TlpMarking.AMBER_STRICT.id(), TlpMarking.CLEAR.id());

    Exported partOf = export(toolbox, "toolbox-pl", "--cert", "CERT-PL");
    assertValid(partOf.bundle());
    assertThat(attributions(partOf.bundle()))
        .containsExactlyInAnyOrder(TlpMarking.AMBER_STRICT.id(), TlpMarking.CLEAR.id());

    Exported notPartOf = export(toolbox, "toolbox-pt", "--cert", "MFA-PT");
    assertValid(notPartOf.bundle());
    assertThat(attributions(notPartOf.bundle())).containsExactly(TlpMarking.CLEAR.id());
    assertThat(notPartOf.text()).doesNotContain(TlpMarking.AMBER_STRICT.id());
  }

  @Test
  @DisplayName(
      "a --cert that is not a participant, or an unknown run, is a usage error naming them")
  void refusesStrangers() throws Exception {
    Exported stranger = export(nis2, "stranger", "--cert", "NOBODY");
    assertThat(stranger.exit()).isEqualTo(2);
    assertThat(stranger.err()).contains("NOBODY", "BMI-DE", "MSP-LU");

    Exported unknown = export(new Played("no-such-run", nis2.data(), null), "unknown");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no-such-run", nis2.runId());
  }

  /**
   * Every object against the schema of its type, and the bundle against bundle.json without its
   * incidents and locations: the OASIS bundle.json lists neither (nor grouping, note, opinion), and
   * its branch for other objects rejects them (they match both core.json and
   * cyber-observable-core.json, where it asks for one).
   */
  private void assertValid(JsonNode bundle) {
    ObjectNode envelope = (ObjectNode) bundle.deepCopy();
    ArrayNode listed = envelope.putArray("objects");
    bundle
        .get("objects")
        .forEach(
            o -> {
              if (!Set.of("incident", "location").contains(o.get("type").asString())) {
                listed.add(o);
              }
            });
    assertThat(schemas.problemsOf(envelope)).as("the bundle").isEmpty();
    Set<String> ids = new HashSet<>();
    Set<String> markings = new HashSet<>();
    for (JsonNode object : bundle.get("objects")) {
      assertThat(schemas.problemsOf(object)).as(object.toString()).isEmpty();
      ids.add(object.get("id").asString());
      if ("marking-definition".equals(object.get("type").asString())) {
        markings.add(object.get("id").asString());
      } else {
        assertThat(object.get("object_marking_refs")).as(object.toString()).hasSize(1);
      }
    }
    for (JsonNode object : bundle.get("objects")) {
      object
          .path("object_marking_refs")
          .forEach(ref -> assertThat(markings).contains(ref.asString()));
      for (String field : List.of("sighting_of_ref", "source_ref", "target_ref")) {
        if (object.has(field)) {
          assertThat(ids).as(field).contains(object.get(field).asString());
        }
      }
      object.path("where_sighted_refs").forEach(ref -> assertThat(ids).contains(ref.asString()));
    }
  }

  private static List<JsonNode> ofType(JsonNode bundle, String type) {
    List<JsonNode> found = new ArrayList<>();
    bundle
        .get("objects")
        .forEach(
            o -> {
              if (type.equals(o.get("type").asString())) {
                found.add(o);
              }
            });
    return found;
  }

  private static Set<String> types(JsonNode bundle) {
    Set<String> types = new HashSet<>();
    bundle.get("objects").forEach(o -> types.add(o.get("type").asString()));
    return types;
  }

  private static List<String> patterns(JsonNode bundle) {
    return ofType(bundle, "indicator").stream().map(n -> n.get("pattern").asString()).toList();
  }

  /** The indicator values of the bundle's patterns, unescaped. */
  private static Set<String> values(JsonNode bundle) {
    Set<String> values = new HashSet<>();
    for (String pattern : patterns(bundle)) {
      Matcher literal = LITERAL.matcher(pattern);
      assertThat(literal.find()).as(pattern).isTrue();
      values.add(literal.group(1).replaceAll("\\\\(.)", "$1"));
    }
    return values;
  }

  private static Map<String, String> orgsOf(JsonNode bundle) {
    Map<String, String> orgs = new HashMap<>();
    ofType(bundle, "identity")
        .forEach(n -> orgs.put(n.get("id").asString(), n.get("x_certex_org_id").asString()));
    return orgs;
  }

  /** The marking of each attributed-to relationship. */
  private static List<String> attributions(JsonNode bundle) {
    return ofType(bundle, "relationship").stream()
        .filter(n -> "attributed-to".equals(n.get("relationship_type").asString()))
        .map(n -> n.get("object_marking_refs").get(0).asString())
        .toList();
  }

  record Delivered(Set<String> indicators, Set<String> sources) {}

  /** From the run's log: the indicators of the non-redacted deliveries to {@code cert}. */
  private static Delivered deliveredTo(Played run, String cert) throws Exception {
    Set<String> indicators = new HashSet<>();
    Set<String> sources = new HashSet<>();
    for (JsonNode line : log(run, "deliveries")) {
      JsonNode value = line.get("value");
      if (cert.equals(value.get("recipient").asString())) {
        sources.add(value.get("alert").get("sourceOrg").asString());
        if (!value.get("redacted").asBoolean()) {
          value
              .get("alert")
              .get("indicators")
              .forEach(i -> indicators.add(i.get("value").asString()));
        }
      }
    }
    return new Delivered(indicators, sources);
  }

  private static Set<String> alertIndicatorValues(Played run) throws Exception {
    Set<String> values = new HashSet<>();
    for (JsonNode line : log(run, "alerts")) {
      line.get("value").get("indicators").forEach(i -> values.add(i.get("value").asString()));
    }
    return values;
  }

  private static List<JsonNode> log(Played run, String topic) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    try (var stream = Files.lines(run.events())) {
      stream.forEach(
          line -> {
            JsonNode node = JSON.readTree(line);
            if (topic.equals(node.get("topic").asString())) {
              lines.add(node);
            }
          });
    }
    return lines;
  }
}
