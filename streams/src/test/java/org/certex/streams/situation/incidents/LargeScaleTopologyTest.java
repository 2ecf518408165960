package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.streams.situation.incidents.IncidentScene.T0;
import static org.certex.streams.situation.incidents.IncidentScene.alert;
import static org.certex.streams.situation.incidents.IncidentScene.ip;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ActionType;
import org.certex.avro.Delivery;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentEvent;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.SituationSettings;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.certex.schemas.DeadLetters;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LargeScaleTopologyTest {

  private IncidentsPipeline pipeline = new IncidentsPipeline();

  @AfterEach
  void stop() {
    pipeline.close();
  }

  private static IncidentAlert significant(String id, String source, long minutes) {
    return alert(id, source, minutes)
        .setIndicators(List.of(ip("203.0.113.7")))
        .setSignificantIncident(true)
        .build();
  }

  @Test
  @DisplayName("significant impact on two member states: escalated once, noticed to EU-CyCLONe")
  void twoMemberStates() {
    IncidentAlert de = significant("de-1", "CERT-DE", 0);
    pipeline.publish(de, significant("fr-1", "CERT-FR", 30));
    String id = IncidentIds.of(de);

    List<TestRecord<String, Incident>> records = pipeline.incidentRecords();
    assertThat(records)
        .extracting(TestRecord::key, r -> r.value().getEvent())
        .containsExactly(tuple(id, IncidentEvent.UPDATED), tuple(id, IncidentEvent.LARGE_SCALE));
    Incident escalated = records.get(1).value();
    assertThat(escalated.getLargeScale().getReason())
        .isEqualTo("significant impact on 2 member states (DE, FR)");
    assertThat(escalated.getLargeScale().getDeclaredBy()).isNull();
    assertThat(escalated.getLargeScale().getMemberStates()).containsExactly("DE", "FR");
    assertThat(escalated.getLargeScale().getNoticeAlertId()).isEqualTo(id + "-large-scale");
    assertThat(records.get(1).timestamp()).isEqualTo(T0.plusSeconds(30 * 60).toEpochMilli());

    IncidentAlert notice = onlyNotice();
    assertThat(notice.getAlertId()).isEqualTo(id + "-large-scale");
    assertThat(notice.getSourceOrg())
        .as("ENISA takes part: it issues the notice")
        .isEqualTo("ENISA");
    assertThat(notice.getAddressees()).containsExactly("BSI-CRISIS", "ANSSI-CRISIS");
    assertThat(notice.getTlp()).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(notice.getIndicators()).isEmpty();
    assertThat(notice.getCampaign()).isNull();
    assertThat(notice.getSignificantIncident()).isFalse();
    assertThat(notice.getDerivedFrom()).isEqualTo("de-1");
    assertThat(notice.getReportedAt()).isEqualTo(T0.plusSeconds(30 * 60));
    assertThat(notice.getText()).contains(id, "significant impact on 2 member states (DE, FR)");

    pipeline.publish(significant("nl-1", "CERT-NL", 60));
    assertThat(pipeline.incidentRecords())
        .as("a third member state changes the incident, not its escalation")
        .extracting(r -> r.value().getEvent())
        .containsExactly(IncidentEvent.UPDATED);
    assertThat(pipeline.notices.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("the notice is decided like any alert: delivered to EU-CyCLONe's members only")
  void noticeThroughTheSharingPolicy() {
    IncidentAlert de = significant("de-1", "CERT-DE", 0);
    pipeline.publish(de, significant("fr-1", "CERT-FR", 30));
    String noticeId = IncidentIds.noticeOf(IncidentIds.of(de));

    List<SharingDecision> decisions =
        pipeline.decisions.readValuesToList().stream()
            .filter(d -> d.getAlertId().equals(noticeId))
            .toList();
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).getVerdicts())
        .filteredOn(RecipientVerdict::getDeliver)
        .extracting(RecipientVerdict::getRecipient, RecipientVerdict::getReason)
        .containsExactlyInAnyOrder(
            tuple("BSI-CRISIS", "AMBER_STRICT_ADDRESSEE"),
            tuple("ANSSI-CRISIS", "AMBER_STRICT_ADDRESSEE"),
            tuple("ENISA", "SOURCE_OWN_ALERT"));
    List<Delivery> deliveries =
        pipeline.deliveries.readValuesToList().stream()
            .filter(d -> d.getAlert().getAlertId().equals(noticeId))
            .toList();
    assertThat(deliveries)
        .as("EU-CyCLONe's members, and the source's own copy, as for any alert")
        .extracting(Delivery::getRecipient, Delivery::getReason)
        .containsExactlyInAnyOrder(
            tuple("BSI-CRISIS", "AMBER_STRICT_ADDRESSEE"),
            tuple("ANSSI-CRISIS", "AMBER_STRICT_ADDRESSEE"),
            tuple("ENISA", "SOURCE_OWN_ALERT"));
    assertThat(pipeline.incidentRecords())
        .as("the notice itself is not correlated")
        .extracting(r -> r.value().getEvent())
        .containsExactly(IncidentEvent.UPDATED, IncidentEvent.LARGE_SCALE);
  }

  @Test
  @DisplayName("a participant's declaration escalates the incident it names, once")
  void declaredBeyondCapacity() {
    IncidentAlert de = alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build();
    pipeline.publish(
        de,
        alert("rs-1", "CERT-RS", 10)
            .setIndicators(List.of(ip("1.1.1.1")))
            .setAffectedCountries(List.of("FR"))
            .build());
    String id = IncidentIds.of(de);
    pipeline.incidentRecords();

    pipeline.declare("CERT-DE", id, null, T0.plus(Duration.ofHours(2)));

    List<TestRecord<String, Incident>> records = pipeline.incidentRecords();
    assertThat(records).extracting(TestRecord::key).containsExactly(id);
    Incident escalated = records.get(0).value();
    assertThat(escalated.getEvent()).isEqualTo(IncidentEvent.LARGE_SCALE);
    assertThat(escalated.getLargeScale().getReason())
        .isEqualTo("declared beyond its capacity by CERT-DE");
    assertThat(escalated.getLargeScale().getDeclaredBy()).isEqualTo("CERT-DE");
    assertThat(escalated.getLargeScale().getMemberStates()).containsExactly("DE", "FR");
    assertThat(escalated.getScenarioTime()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(records.get(0).timestamp()).isEqualTo(T0.plus(Duration.ofHours(2)).toEpochMilli());
    assertThat(onlyNotice().getText()).contains("declared beyond its capacity by CERT-DE");

    pipeline.declare("CERT-RS", null, "rs-1", T0.plus(Duration.ofHours(3)));
    assertThat(pipeline.incidents.isEmpty()).as("escalated once").isTrue();
    assertThat(pipeline.notices.isEmpty()).isTrue();
    assertThat(pipeline.deadLetters.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a declaration may name a member alert instead of the incident")
  void declaredByAlert() {
    IncidentAlert de = alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build();
    pipeline.publish(
        de, alert("nl-1", "CERT-NL", 10).setIndicators(List.of(ip("1.1.1.1"))).build());
    pipeline.incidentRecords();

    pipeline.declare("CERT-NL", null, "nl-1", T0.plus(Duration.ofHours(1)));

    assertThat(pipeline.incidentRecords())
        .extracting(TestRecord::key, r -> r.value().getLargeScale().getDeclaredBy())
        .containsExactly(tuple(IncidentIds.of(de), "CERT-NL"));
  }

  @Test
  @DisplayName(
      "bad declarations go to the dead-letter topic with their reasons; others are ignored")
  void badDeclarations() {
    IncidentAlert de = alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build();
    pipeline.publish(
        de,
        alert("fr-1", "CERT-FR", 5).setIndicators(List.of(ip("1.1.1.1"))).build(),
        alert("nl-1", "CERT-NL", 5).setIndicators(List.of(ip("2.2.2.2"))).build(),
        alert("rs-1", "CERT-RS", 5).setIndicators(List.of(ip("2.2.2.2"))).build());
    pipeline.declare("CERT-DE", null, null, T0.plusSeconds(600));
    pipeline.declare("NOBODY", null, "de-1", T0.plusSeconds(600));
    pipeline.declare("CERT-DE", "INC-0000000000000000", null, T0.plusSeconds(600));
    pipeline.declare("CERT-DE", IncidentIds.of(de), "nl-1", T0.plusSeconds(600));
    pipeline.act(
        TraineeAction.newBuilder()
            .setActionId("not-mine")
            .setRunId(IncidentScene.RUN)
            .setActor("CERT-DE")
            .setType(ActionType.ESCALATE)
            .setEscalation(EscalationLevel.CSIRTS_NETWORK)
            .setAt(T0)
            .build());
    pipeline.actions.pipeInput("tombstone", null, T0);

    assertThat(reasons())
        .filteredOn(reason -> !reason.equals("the record has no value"))
        .containsExactly(
            "ESCALATE to LARGE_SCALE names no incident (incidentId) and no alert (alertId)",
            "actor 'NOBODY' is not a participant of the run",
            "ESCALATE to LARGE_SCALE names incident 'INC-0000000000000000', which is no incident"
                + " of the run",
            "ESCALATE to LARGE_SCALE alert 'nl-1' is no member of incident '"
                + IncidentIds.of(de)
                + "'");
    assertThat(pipeline.incidentRecords())
        .extracting(r -> r.value().getEvent())
        .containsOnly(IncidentEvent.UPDATED);
  }

  @Test
  @DisplayName("a declaration that arrives before its alert's incident escalates it once it forms")
  void declarationBeforeTheIncident() {
    IncidentAlert de = alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build();
    pipeline.publish(de);
    pipeline.declare("CERT-DE", null, "de-1", T0.plusSeconds(60));
    assertThat(pipeline.incidents.isEmpty()).isTrue();
    assertThat(pipeline.deadLetters.isEmpty()).as("it waits").isTrue();

    pipeline.publish(alert("fr-1", "CERT-FR", 30).setIndicators(List.of(ip("1.1.1.1"))).build());

    assertThat(pipeline.incidentRecords())
        .extracting(TestRecord::key, r -> r.value().getEvent(), r -> declarer(r.value()))
        .containsExactly(
            tuple(IncidentIds.of(de), IncidentEvent.UPDATED, null),
            tuple(IncidentIds.of(de), IncidentEvent.LARGE_SCALE, "CERT-DE"));
    assertThat(pipeline.notices.readValuesToList()).hasSize(1);
  }

  @Test
  @DisplayName("a declaration whose alert joins no incident within the window is refused then")
  void declarationThatWaitedTooLong() {
    pipeline.publish(alert("de-1", "CERT-DE", 0).setIndicators(List.of(ip("1.1.1.1"))).build());
    pipeline.declare("CERT-DE", null, "de-1", T0.plusSeconds(60));
    pipeline.publish(
        alert("fr-1", "CERT-FR", 72 * 60 + 1).setIndicators(List.of(ip("1.1.1.1"))).build());
    assertThat(reasons()).as("fr-1 is too late to join de-1, and the wait is not over").isEmpty();

    pipeline.publish(
        alert("nl-1", "CERT-NL", 74 * 60).setIndicators(List.of(ip("1.1.1.1"))).build());

    assertThat(reasons())
        .containsExactly(
            "ESCALATE to LARGE_SCALE names alert 'de-1', which joined no incident of two or more"
                + " organisations within the correlation window of the declaration");
    assertThat(pipeline.incidentRecords())
        .extracting(r -> r.value().getEvent())
        .containsExactly(IncidentEvent.UPDATED);
  }

  @Test
  @DisplayName("a refused declaration's dead letter says where it came from on the actions topic")
  void refusalKeepsItsPlace() {
    pipeline.declare("CERT-DE", "INC-0000000000000000", null, T0);

    TestRecord<byte[], byte[]> letter = pipeline.deadLetters.readRecord();
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("action-1");
    assertThat(text(letter, DeadLetters.SOURCE_TOPIC)).isEqualTo(pipeline.topics.actions().name());
    assertThat(text(letter, DeadLetters.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(text(letter, DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
  }

  private List<String> reasons() {
    return pipeline.deadLetters.readRecordsToList().stream()
        .map(r -> text(r, DeadLetters.REASON))
        .toList();
  }

  private static String declarer(Incident incident) {
    return incident.getLargeScale() == null ? null : incident.getLargeScale().getDeclaredBy();
  }

  @Test
  @DisplayName("without EU-CyCLONe members, the escalation is recorded and says why no notice went")
  void noCycloneMembers() {
    pipeline.close();
    List<Party> roster =
        IncidentScene.ROSTER.stream().filter(p -> !p.kind().equals("crisis-authority")).toList();
    pipeline =
        new IncidentsPipeline(
            roster, SituationSettings.newBuilder().build(), IncidentLimits.DEFAULTS);
    pipeline.publish(significant("de-1", "CERT-DE", 0), significant("fr-1", "CERT-FR", 30));

    Incident escalated = pipeline.incidentRecords().get(1).value();
    assertThat(escalated.getEvent()).isEqualTo(IncidentEvent.LARGE_SCALE);
    assertThat(escalated.getLargeScale().getNoticeAlertId()).isNull();
    assertThat(escalated.getLargeScale().getReason())
        .isEqualTo(
            "significant impact on 2 member states (DE, FR); no notice sent: no participant is a"
                + " member of the community 'EU-CYCLONE'");
    assertThat(pipeline.notices.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("the scenario chooses the community and the notice's source")
  void scenarioSettings() {
    pipeline.close();
    pipeline =
        new IncidentsPipeline(
            IncidentScene.ROSTER,
            SituationSettings.newBuilder()
                .setEuCycloneCommunity("CSIRTS-NETWORK")
                .setEscalationSource("CERT-NL")
                .build(),
            IncidentLimits.DEFAULTS);
    pipeline.publish(significant("de-1", "CERT-DE", 0), significant("fr-1", "CERT-FR", 30));

    IncidentAlert notice = onlyNotice();
    assertThat(notice.getSourceOrg()).isEqualTo("CERT-NL");
    assertThat(notice.getAddressees()).containsExactly("CERT-DE", "CERT-FR", "ENISA");
  }

  private IncidentAlert onlyNotice() {
    List<IncidentAlert> notices = pipeline.notices.readValuesToList();
    assertThat(notices).hasSize(1);
    return notices.get(0);
  }

  private static String text(TestRecord<byte[], byte[]> record, String header) {
    return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
  }
}
