package org.certex.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certex.avro.Tlp;
import org.certex.schemas.Labels;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim only if their inputs have the drill's shape. */
class EuDrillTest {

  @Test
  @DisplayName("30 organisations are the EU's national CSIRTs, ENISA, CERT-EU and one partner")
  void thirtyAreTheCsirts() {
    List<Party> parties = EuDrill.participants(30);

    assertThat(parties).hasSize(30);
    assertThat(parties.stream().filter(p -> p.euMember() && isCsirt(p))).hasSize(27);
    assertThat(parties).extracting(Party::id).contains("ENISA", "CERT-EU", "CERT-RS");
    assertThat(parties).allSatisfy(p -> assertThat(p.clients()).isEmpty());
  }

  @Test
  @DisplayName("at 1,000 organisations every operator is a client of its own national CSIRT")
  void operatorsAreClientsOfTheirCsirt() {
    List<Party> parties = EuDrill.participants(1000);
    Map<String, Party> byId =
        parties.stream().collect(Collectors.toMap(Party::id, Function.identity()));

    assertThat(byId).hasSize(1000);
    List<Party> operators = parties.stream().filter(p -> p.kind().equals("operator")).toList();
    assertThat(operators).hasSize(1000 - EuDrill.FIXED);
    assertThat(operators)
        .allSatisfy(
            op -> assertThat(byId.get(EuDrill.csirtOf(op.country())).clients()).contains(op.id()));
    assertThat(parties.stream().map(Party::communities).flatMap(s -> s.stream()).distinct())
        .containsExactlyInAnyOrder(EuDrill.CSIRTS_NETWORK, EuDrill.FIRST);
    assertThat(parties.stream().filter(p -> !p.agreements().isEmpty())).hasSizeGreaterThan(10);
  }

  @Test
  @DisplayName("the alerts have 3 to 7 addressees, 5 on average, never their own source")
  void fanOutFive() {
    List<Party> parties = EuDrill.participants(1000);
    SharingFacts[] alerts = DrillTraffic.alerts(parties, LabelMix.AMBER_RED, 1024);

    assertThat(alerts)
        .allSatisfy(
            alert -> {
              assertThat(alert.addressees()).hasSizeBetween(3, 7).doesNotContain(alert.source());
              assertThat(alert.addressees()).doesNotHaveDuplicates();
            });
    double mean = Arrays.stream(alerts).mapToInt(a -> a.addressees().size()).average().orElse(0);
    assertThat(mean).isBetween(4.8, 5.2);
    long crossBorder = Arrays.stream(alerts).filter(SharingFacts::significant).count();
    assertThat(crossBorder).isBetween(50L, 200L);
  }

  @Test
  @DisplayName("the drill's mix is mostly TLP:AMBER and TLP:RED")
  void amberAndRedMostly() {
    SharingFacts[] alerts =
        DrillTraffic.alerts(EuDrill.participants(100), LabelMix.AMBER_RED, 1024);
    Map<Tlp, Long> labels =
        Arrays.stream(alerts)
            .collect(Collectors.groupingBy(SharingFacts::tlp, Collectors.counting()));

    assertThat(labels.keySet()).containsExactlyInAnyOrder(Tlp.AMBER, Tlp.RED, Tlp.AMBER_STRICT);
    assertThat(labels.get(Tlp.AMBER) + labels.get(Tlp.RED)).isGreaterThan(850);
  }

  private static boolean isCsirt(Party party) {
    return party.kind().equals(Labels.NATIONAL_CSIRT);
  }
}
