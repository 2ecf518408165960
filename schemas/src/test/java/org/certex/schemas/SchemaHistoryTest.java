package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compatibility gate over the whole schema history: for every record type, each version (the
 * historic ones in {@code schema-history/}, the current one, and the hypothetical next ones in the
 * test fixtures) must read what every other version wrote, older and newer alike. Newer data meets
 * older code during a rolling upgrade and whenever an older tool reads a run's topics.
 */
class SchemaHistoryTest {

  /**
   * The pairs known not to hold, each as "type reader vN writer vM". Older ExerciseControl readers
   * cannot read commands added since (an enum without a default): a v1 engine meets no JUMP or
   * INJECT, since only a newer control tool sends them. A new entry here is a decision, not a fix.
   */
  private static final Set<String> KNOWN_BREAKS =
      Set.of(
          "org.certex.avro.ExerciseControl reader v1 writer v2",
          "org.certex.avro.ExerciseControl reader v1 writer v3",
          "org.certex.avro.ExerciseControl reader v2 writer v3");

  @Test
  @DisplayName(
      "every version of every schema reads every other version, older and newer, but for the"
          + " known breaks")
  void wholeHistoryIsCompatibleBothWays() {
    Set<String> breaks = new TreeSet<>();
    versionsByType()
        .forEach(
            (type, versions) -> {
              for (int r = 0; r < versions.size(); r++) {
                for (int w = 0; w < versions.size(); w++) {
                  if (!compatible(versions.get(r), versions.get(w))) {
                    breaks.add(type + " reader v" + (r + 1) + " writer v" + (w + 1));
                  }
                }
              }
            });

    assertThat(breaks).containsExactlyInAnyOrderElementsOf(KNOWN_BREAKS);
  }

  @Test
  @DisplayName("the gate sees the v2 fixtures as the newest versions of their types")
  void fixturesAreInTheGate() {
    Map<String, List<Schema>> versions = versionsByType();

    assertThat(versions.get("org.certex.avro.IncidentAlert"))
        .hasSize(2)
        .last()
        .isEqualTo(EvolutionFixtures.ALERT_V2);
    assertThat(versions.get("org.certex.avro.TraineeAction"))
        .last()
        .isEqualTo(EvolutionFixtures.ACTION_V2);
  }

  @Test
  @DisplayName("the gate fails a field added without a default")
  void gateCatchesABreak() {
    Schema current = org.certex.avro.IncidentAlert.getClassSchema();
    String json = current.toString();
    Schema broken =
        new Schema.Parser()
            .parse(
                json.substring(0, json.lastIndexOf(']'))
                    + ",{\"name\":\"mandatory\",\"type\":\"string\"}]}");

    assertThat(compatible(broken, current)).isFalse();
    assertThat(compatible(current, broken)).isTrue();
  }

  /** Versions per type, oldest first: history (index order), current, fixtures. */
  private static Map<String, List<Schema>> versionsByType() {
    Map<String, List<Schema>> versions = new LinkedHashMap<>();
    List<Schema> all = new ArrayList<>(CertexSchemas.history());
    all.addAll(CertexSchemas.current());
    all.addAll(EvolutionFixtures.ALL);
    all.forEach(s -> versions.computeIfAbsent(s.getFullName(), k -> new ArrayList<>()).add(s));
    return versions;
  }

  private static boolean compatible(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibilityType.COMPATIBLE;
  }
}
