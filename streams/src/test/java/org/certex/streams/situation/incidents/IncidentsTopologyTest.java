package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.incidents.IncidentScene.T0;
import static org.certex.streams.situation.incidents.IncidentScene.alert;
import static org.certex.streams.situation.incidents.IncidentScene.ip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentMember;
import org.certex.avro.Severity;
import org.certex.avro.SituationSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentsTopologyTest {

  private IncidentsPipeline pipeline = new IncidentsPipeline();

  @AfterEach
  void stop() {
    pipeline.close();
  }

  @Test
  @DisplayName("two organisations sharing an indicator: one incident listing both alerts")
  void twoOrganisationsOneIncident() {
    IncidentAlert de =
        alert("de-1", "CERT-DE", 0)
            .setIndicators(List.of(ip("203.0.113.7")))
            .setSector("energy")
            .setAffectedCountries(List.of("AT"))
            .build();
    IncidentAlert fr =
        alert("fr-1", "CERT-FR", 90)
            .setIndicators(List.of(ip("198.51.100.9"), ip("203.0.113.7")))
            .setSector("health")
            .setSeverity(Severity.CRITICAL)
            .setSignificantIncident(true)
            .build();
    pipeline.publish(de, fr);

    List<TestRecord<String, Incident>> records = pipeline.incidentRecords();
    assertThat(records).hasSize(1);
    Incident incident = records.get(0).value();
    assertThat(records.get(0).key()).isEqualTo(incident.getIncidentId()).startsWith("INC-");
    assertThat(incident.getIncidentId()).isEqualTo(IncidentIds.of(de));
    assertThat(incident.getEvent()).isEqualTo(IncidentEvent.UPDATED);
    assertThat(incident.getRunId()).isEqualTo(IncidentScene.RUN);
    assertThat(incident.getMembers())
        .extracting(
            IncidentMember::getAlertId,
            IncidentMember::getSourceOrg,
            IncidentMember::getCountry,
            IncidentMember::getSector,
            IncidentMember::getSeverity,
            IncidentMember::getSignificant)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "de-1", "CERT-DE", "DE", "energy", Severity.MEDIUM, false),
            org.assertj.core.groups.Tuple.tuple(
                "fr-1", "CERT-FR", "FR", "health", Severity.CRITICAL, true));
    assertThat(incident.getCountries()).containsExactly("AT", "DE", "FR");
    assertThat(incident.getSectors()).containsExactly("energy", "health");
    assertThat(incident.getFirstSeen()).isEqualTo(T0);
    assertThat(incident.getLastSeen()).isEqualTo(T0.plus(Duration.ofMinutes(90)));
    assertThat(incident.getHighestSeverity()).isEqualTo(Severity.CRITICAL);
    assertThat(incident.getLargeScale()).as("one significant member state only").isNull();
    assertThat(incident.getScenarioTime()).isEqualTo(fr.getReportedAt());
    assertThat(records.get(0).timestamp())
        .as("stamped with the scenario time of the alert that made it")
        .isEqualTo(fr.getReportedAt().toEpochMilli());
  }

  @Test
  @DisplayName("alerts of one organisation, or with nothing to correlate on, make no incident")
  void noIncidentWithoutTwoOrganisations() {
    pipeline.publish(
        alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("203.0.113.7"))).build(),
        alert("de-2", "CERT-DE", 10).setIndicators(List.of(ip("203.0.113.7"))).build(),
        alert("fr-1", "CERT-FR", 20).build(),
        alert("nl-1", "CERT-NL", 30).setIndicators(List.of(ip("192.0.2.1"))).build());

    assertThat(pipeline.incidents.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a campaign tag correlates alerts that share no indicator")
  void campaignTag() {
    pipeline.publish(
        alert("de-1", "CERT-DE", 0).setCampaign("storm-0558").build(),
        alert("nl-1", "CERT-NL", 60).setCampaign("storm-0558").build(),
        alert("fr-1", "CERT-FR", 60).setCampaign("other").build());

    Map<String, Incident> view = IncidentsPipeline.fold(pipeline.incidentRecords());
    assertThat(view.values())
        .singleElement()
        .satisfies(i -> assertThat(ids(i)).containsExactly("de-1", "nl-1"));
  }

  @Test
  @DisplayName("two incidents that come to share an indicator merge under the older id")
  void transitiveMergeKeepsTheOlderId() {
    IncidentAlert older = alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build();
    IncidentAlert newer =
        alert("nl-1", "CERT-NL", 60).setIndicators(List.of(ip("2.2.2.2"))).build();
    pipeline.publish(
        newer,
        alert("rs-1", "CERT-RS", 70).setIndicators(List.of(ip("2.2.2.2"))).build(),
        older,
        alert("fr-1", "CERT-FR", 80).setIndicators(List.of(ip("1.1.1.1"))).build());
    String olderId = IncidentIds.of(older);
    String newerId = IncidentIds.of(newer);
    assertThat(IncidentsPipeline.fold(pipeline.incidentRecords()))
        .containsOnlyKeys(olderId, newerId);

    pipeline.publish(
        alert("fr-2", "CERT-FR", 120).setIndicators(List.of(ip("2.2.2.2"), ip("1.1.1.1"))).build());

    List<TestRecord<String, Incident>> all = pipeline.incidentRecords();
    List<TestRecord<String, Incident>> records = all.subList(all.size() - 2, all.size());
    assertThat(records)
        .as("fr-2 may first join the newer incident through one of its indicators")
        .extracting(TestRecord::key, r -> r.value().getEvent(), r -> r.value().getMergedInto())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(newerId, IncidentEvent.MERGED, olderId),
            org.assertj.core.groups.Tuple.tuple(olderId, IncidentEvent.UPDATED, null));
    assertThat(ids(records.get(1).value())).containsExactly("de-1", "nl-1", "rs-1", "fr-1", "fr-2");
  }

  @Test
  @DisplayName("alerts further apart than the window are separate; a third within it joins one")
  void outsideTheWindow() {
    pipeline.close();
    pipeline =
        new IncidentsPipeline(
            IncidentScene.ROSTER,
            SituationSettings.newBuilder()
                .setCorrelationWindowMillis(Duration.ofHours(2).toMillis())
                .build(),
            IncidentLimits.DEFAULTS);
    pipeline.publish(
        alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build(),
        alert("fr-1", "CERT-FR", 121).setIndicators(List.of(ip("1.1.1.1"))).build());
    assertThat(pipeline.incidents.isEmpty()).as("121 minutes apart, window 2 h").isTrue();

    pipeline.publish(alert("nl-1", "CERT-NL", 240).setIndicators(List.of(ip("1.1.1.1"))).build());

    assertThat(IncidentsPipeline.fold(pipeline.incidentRecords()).values())
        .singleElement()
        .satisfies(i -> assertThat(ids(i)).containsExactly("fr-1", "nl-1"));
  }

  @Test
  @DisplayName("the same alerts in other orders give the same incidents")
  void arrivalOrderIndependence() {
    List<IncidentAlert> alerts =
        List.of(
            alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build(),
            alert("fr-1", "CERT-FR", 30).setIndicators(List.of(ip("1.1.1.1"))).build(),
            alert("nl-1", "CERT-NL", 40).setIndicators(List.of(ip("2.2.2.2"))).build(),
            alert("rs-1", "CERT-RS", 50).setIndicators(List.of(ip("2.2.2.2"))).build(),
            alert("de-2", "CERT-DE", 70).setCampaign("c").build(),
            alert("nl-2", "CERT-NL", 75)
                .setCampaign("c")
                .setIndicators(List.of(ip("1.1.1.1")))
                .build(),
            alert("fr-2", "CERT-FR", 90).setIndicators(List.of(ip("3.3.3.3"))).build());
    Map<String, List<String>> expected = membersOf(alerts);
    assertThat(expected).hasSize(2);
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      List<IncidentAlert> shuffled = new ArrayList<>(alerts);
      Collections.shuffle(shuffled, random);
      assertThat(membersOf(shuffled)).as("arrivals %s", shuffled).isEqualTo(expected);
    }
  }

  private Map<String, List<String>> membersOf(List<IncidentAlert> arrivals) {
    pipeline.close();
    pipeline = new IncidentsPipeline();
    arrivals.forEach(pipeline::publish);
    Map<String, List<String>> members = new java.util.TreeMap<>();
    IncidentsPipeline.fold(pipeline.incidentRecords()).forEach((id, i) -> members.put(id, ids(i)));
    return members;
  }

  static List<String> ids(Incident incident) {
    return incident.getMembers().stream().map(IncidentMember::getAlertId).toList();
  }
}
