package org.certex.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.topology.TestAlerts.alert;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.Delivery;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole small drill through the topology: one alert per TLP label, each from the national CERT to
 * the military CERT, and the exact set of deliveries TLP 2.0 allows, written out by hand.
 */
class WholeScenarioTopologyTest {

  private static final String RUN = "whole-drill";
  private static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-RS", "RS", "national-csirt", false)
              .withClients("EPS")
              .withCommunities("FIRST")
              .withAgreements("OHIO-NG"),
          Party.of("EPS", "RS", "operator", false),
          Party.of("MIL-CERT", "RS", "military-cert", false).withClients("MOD-NET"),
          Party.of("MOD-NET", "RS", "ministry", false),
          Party.of("JPCERT", "JP", "national-csirt", false).withCommunities("FIRST"),
          Party.of("OHIO-NG", "US", "foreign-partner", false).withAgreements("CERT-RS"),
          Party.of("CSIRT-SV", "SV", "national-csirt", false));

  @Test
  @DisplayName("every label of the drill reaches exactly the organisations TLP 2.0 allows")
  void wholeDrill() {
    try (SharingPipeline pipeline = new SharingPipeline(RUN, ROSTER)) {
      for (Tlp tlp : Tlp.values()) {
        pipeline.publish(
            alert(RUN, tlp.name(), "CERT-RS", tlp).setAddressees(List.of("MIL-CERT")).build());
      }
      TestOutputTopic<String, Delivery> deliveries = pipeline.deliveries;
      TestOutputTopic<String, SharingDecision> decisions = pipeline.decisions;

      Map<String, TreeSet<String>> received = new TreeMap<>();
      for (TestRecord<String, Delivery> d : deliveries.readRecordsToList()) {
        received
            .computeIfAbsent(d.value().getAlert().getAlertId(), k -> new TreeSet<>())
            .add(d.key());
      }
      assertThat(received)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "RED", new TreeSet<>(List.of("CERT-RS", "MIL-CERT")),
                  "AMBER_STRICT", new TreeSet<>(List.of("CERT-RS", "MIL-CERT")),
                  "AMBER", new TreeSet<>(List.of("CERT-RS", "MIL-CERT", "MOD-NET")),
                  "GREEN",
                      new TreeSet<>(List.of("CERT-RS", "MIL-CERT", "MOD-NET", "JPCERT", "OHIO-NG")),
                  "CLEAR",
                      new TreeSet<>(
                          List.of(
                              "CERT-RS",
                              "EPS",
                              "MIL-CERT",
                              "MOD-NET",
                              "JPCERT",
                              "OHIO-NG",
                              "CSIRT-SV"))));
      assertThat(decisions.readValuesToList())
          .hasSize(Tlp.values().length)
          .allSatisfy(
              decision -> {
                long recipients =
                    decision.getVerdicts().stream().filter(v -> v.getDeliver()).count();
                assertThat(recipients)
                    .as("only the recipients are listed, %s", decision.getTlp())
                    .isEqualTo(received.get(decision.getAlertId()).size());
                assertThat(decision.getVerdicts().size() + decision.getOthersWithheld())
                    .as("every participant listed or counted")
                    .isEqualTo(ROSTER.size());
                assertThat(decision.getPolicy()).isEqualTo("tlp2-policy-v1");
              });
    }
  }
}
