package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentsTopologyShapeTest {

  private final IncidentsPipeline pipeline = new IncidentsPipeline();

  @AfterEach
  void stop() {
    pipeline.close();
  }

  @Test
  @DisplayName("every node, store and repartition topic of the run's pipeline is named")
  void everythingNamed() {
    String description = pipeline.topology.describe().toString();

    assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
    assertThat(description)
        .contains(
            "incident-keys-repartition",
            "incident-links-repartition",
            "incident-declarations-repartition",
            "stores: [incident-key-sightings, incident-key-counts]",
            "stores: [incident-alerts, incident-pending-declarations, incident-components,"
                + " incident-ids]",
            "incidents-sink",
            "incident-notices-sink",
            "dead-letter-refused-declaration");
  }

  @Test
  @DisplayName("the assembly is a sub-topology of its own, fed only by its two repartitions")
  void assemblyReadsOnlyTheLinks() {
    List<TopologyDescription.Subtopology> assembling =
        pipeline.topology.describe().subtopologies().stream()
            .filter(s -> s.nodes().stream().anyMatch(n -> n.name().equals("assemble-incidents")))
            .toList();

    assertThat(assembling).hasSize(1);
    assertThat(
            assembling.get(0).nodes().stream()
                .filter(n -> n instanceof TopologyDescription.Source)
                .map(n -> ((TopologyDescription.Source) n).topicSet())
                .collect(Collectors.toList()))
        .containsExactlyInAnyOrder(
            java.util.Set.of("incident-links-repartition"),
            java.util.Set.of("incident-declarations-repartition"));
  }
}
