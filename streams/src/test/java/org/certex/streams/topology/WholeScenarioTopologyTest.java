package org.certex.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.topology.TestAlerts.alert;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole small drill through the topology: one alert per TLP label, each from the national CERT to
 * the military CERT, and the exact set of deliveries TLP 2.0 allows, written out by hand.
 */
class WholeScenarioTopologyTest {

  private static final String RUN = "whole-drill";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);
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
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "whole-drill-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver =
        new TopologyTestDriver(
            SharingTopology.build(TOPICS, ROSTER, new Tlp2Policy(SharingRules.EU_DEFAULTS)),
            props)) {
      TestInputTopic<String, IncidentAlert> alerts =
          driver.createInputTopic(
              TOPICS.alerts().name(),
              TOPICS.alerts().keySerde().serializer(),
              TOPICS.alerts().valueSerde().serializer());
      for (Tlp tlp : Tlp.values()) {
        IncidentAlert a =
            alert(RUN, tlp.name(), "CERT-RS", tlp).setAddressees(List.of("MIL-CERT")).build();
        alerts.pipeInput(a.getAlertId(), a, a.getReportedAt());
      }
      TestOutputTopic<String, Delivery> deliveries =
          driver.createOutputTopic(
              TOPICS.deliveries().name(),
              TOPICS.deliveries().keySerde().deserializer(),
              TOPICS.deliveries().valueSerde().deserializer());
      TestOutputTopic<String, SharingDecision> decisions =
          driver.createOutputTopic(
              TOPICS.decisions().name(),
              TOPICS.decisions().keySerde().deserializer(),
              TOPICS.decisions().valueSerde().deserializer());

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
                assertThat(decision.getVerdicts()).hasSize(ROSTER.size());
                assertThat(decision.getPolicy()).isEqualTo("tlp2-policy-v1");
              });
    }
  }
}
