package org.certex.streams.situation.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.avro.Nis2Report.EARLY_WARNING;
import static org.certex.avro.Nis2Report.FEEDBACK;
import static org.certex.avro.Nis2Report.FINAL;
import static org.certex.avro.Nis2Report.INTERMEDIATE;
import static org.certex.avro.Nis2Report.NOTIFICATION;
import static org.certex.streams.situation.clocks.ClocksDriver.T0;
import static org.certex.streams.situation.clocks.ClocksDriver.incident;
import static org.certex.streams.situation.clocks.ReportingClocksTopologyTest.hours;
import static org.certex.streams.situation.clocks.ReportingClocksTopologyTest.lines;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ActionType;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.ReportingClock;
import org.certex.avro.SituationSettings;
import org.certex.schemas.DeadLetters;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who closes which clock, the clocks that open on reports and requests, and the reports refused to
 * the dead-letter topic.
 */
class ReportActionsTopologyTest {

  private ClocksDriver run;

  @BeforeEach
  void start() {
    run = new ClocksDriver();
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());
    run.clocks();
  }

  @AfterEach
  void stop() {
    run.close();
  }

  @Test
  @DisplayName(
      "reports from the wrong party or to the wrong recipient close nothing and are no error")
  void wrongPartyOrRecipient() {
    run.report("CERT-BUND", EARLY_WARNING, "inc-1", hours(2), "CERT-FR");
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(2), "AUTH-FR");
    run.report("CERT-FR", EARLY_WARNING, "inc-1", hours(2), "ENISA");
    run.report("ENERGY-FR", FEEDBACK, "inc-1", hours(2), "CERT-FR");
    run.request("ENERGY-FR", "inc-1", hours(2), "CERT-FR");
    assertThat(run.clocks()).isEmpty();

    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(3), "AUTH-FR", "CERT-FR");
    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING MET 2024-03-04T11:00:00Z PT21H", "FEEDBACK OPENED 2024-03-04T11:00:00Z");
    assertThat(run.deadLetters()).isEmpty();
  }

  @Test
  @DisplayName("the early warning opens the CSIRT's feedback clock: 24 h from its receipt")
  void feedbackOpensOnEarlyWarning() {
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(2), "CERT-FR");
    run.report("ENERGY-FR", FEEDBACK, "inc-1", hours(20), "CERT-FR");
    run.report("CERT-FR", FEEDBACK, "inc-1", hours(20), "ENERGY-FR");

    List<TestRecord<String, ReportingClock>> out = run.clocks();
    assertThat(lines(out))
        .containsExactly(
            "EARLY_WARNING MET 2024-03-04T10:00:00Z PT22H",
            "FEEDBACK OPENED 2024-03-04T10:00:00Z",
            "FEEDBACK MET 2024-03-05T04:00:00Z PT6H");
    assertThat(out.get(1).value().getDeadline()).isEqualTo(hours(26));
    assertThat(out.get(2).value().getActionId()).isEqualTo("action-3");
  }

  @Test
  @DisplayName("the notification opens the final report's clock: one calendar month (UTC) later")
  void finalReportOpensOnNotification() {
    Instant aware = Instant.parse("2024-01-29T10:00:00Z");
    run.publish(incident("inc-2", "ENERGY-FR", aware).build());
    run.clocks();
    run.report(
        "ENERGY-FR", NOTIFICATION, "inc-2", Instant.parse("2024-01-31T09:00:00Z"), "CERT-FR");
    run.report("ENERGY-FR", FINAL, "inc-2", Instant.parse("2024-02-29T08:00:00Z"), "CERT-FR");

    List<TestRecord<String, ReportingClock>> out = run.clocks();
    assertThat(lines(out))
        .containsExactly(
            "NOTIFICATION MET 2024-01-31T09:00:00Z PT25H",
            "FINAL OPENED 2024-01-31T09:00:00Z",
            "FINAL DUE_SOON 2024-02-22T03:00:00Z",
            "FINAL MET 2024-02-29T08:00:00Z PT1H");
    assertThat(out.get(1).value().getDeadline())
        .as("a month after 31 January is the last day of February")
        .isEqualTo(Instant.parse("2024-02-29T09:00:00Z"));
  }

  @Test
  @DisplayName("an intermediate report on the CSIRT's request, with its own deadline")
  void intermediateOnRequest() {
    run.request("CERT-FR", "inc-1", hours(30), "ENERGY-FR");
    run.request("CERT-FR", "inc-1", hours(31), "ENERGY-FR");
    run.report("ENERGY-FR", INTERMEDIATE, "inc-1", hours(40), "CERT-FR");
    run.request("CERT-FR", "inc-1", hours(50), "ENERGY-FR");

    List<TestRecord<String, ReportingClock>> out = run.clocks();
    assertThat(lines(out))
        .containsExactly(
            "INTERMEDIATE OPENED 2024-03-05T14:00:00Z",
            "INTERMEDIATE MET 2024-03-06T00:00:00Z PT62H",
            "INTERMEDIATE OPENED 2024-03-06T10:00:00Z");
    assertThat(out.get(0).value().getDeadline()).isEqualTo(hours(30 + 72));
    assertThat(run.deadLetters())
        .extracting(ClocksDriver::reason)
        .containsExactly(
            "incident inc-1 has an intermediate report requested already (OPENED, due"
                + " 2024-03-08T14:00:00Z)");
  }

  @Test
  @DisplayName(
      "a drill's own deadlines: early warning 2 h, notification 6 h, due soon 30 min before")
  void drillDeadlines() {
    SituationSettings drill =
        SituationSettings.newBuilder()
            .setEarlyWarningMillis(Duration.ofHours(2).toMillis())
            .setNotificationMillis(Duration.ofHours(6).toMillis())
            .setIntermediateMillis(Duration.ofHours(1).toMillis())
            .setDueSoonMillis(Duration.ofMinutes(30).toMillis())
            .build();
    try (ClocksDriver compressed = new ClocksDriver(drill)) {
      compressed.publish(incident("inc-1", "ENERGY-FR", T0).build());
      compressed.request("CERT-FR", "inc-1", hours(1), "ENERGY-FR");
      compressed.ticks(T0, hours(7), Duration.ofMinutes(1));

      assertThat(lines(compressed.clocks()))
          .containsExactly(
              "EARLY_WARNING OPENED 2024-03-04T08:00:00Z",
              "NOTIFICATION OPENED 2024-03-04T08:00:00Z",
              "INTERMEDIATE OPENED 2024-03-04T09:00:00Z",
              "EARLY_WARNING DUE_SOON 2024-03-04T09:30:00Z",
              "INTERMEDIATE DUE_SOON 2024-03-04T09:30:00Z",
              "EARLY_WARNING MISSED 2024-03-04T10:00:00Z",
              "INTERMEDIATE MISSED 2024-03-04T10:00:00Z",
              "NOTIFICATION DUE_SOON 2024-03-04T13:30:00Z",
              "NOTIFICATION MISSED 2024-03-04T14:00:00Z");
    }
  }

  @Test
  @DisplayName(
      "only significant incidents of essential or important entities with a CSIRT open clocks")
  void whichAlertsOpenClocks() {
    run.publish(
        incident("inc-2", "GRID-DE", T0).setNis2EntityType(Nis2EntityType.IMPORTANT).build());
    run.publish(incident("inc-3", "GRID-DE", T0).setSignificantIncident(false).build());
    run.publish(
        incident("inc-4", "GRID-DE", T0).setNis2EntityType(Nis2EntityType.NOT_IN_SCOPE).build());
    run.publish(incident("inc-5", "CERT-FR", T0).setDerivedFrom("inc-1").build());
    run.publish(incident("inc-6", "WATER-MT", T0).build());
    run.publish(incident("inc-1", "ENERGY-FR", T0).build());

    List<TestRecord<String, ReportingClock>> out = run.clocks();
    assertThat(out).extracting(TestRecord::key).containsExactly("inc-2", "inc-2");
    assertThat(out.get(0).value().getCsirt()).isEqualTo("CERT-BUND");
    assertThat(run.deadLetters()).as("none of these is an error").isEmpty();
  }

  @Test
  @DisplayName("reports and requests that break a rule go to the dead-letter topic with the reason")
  void badReportsAreDeadLettered() {
    run.publish(incident("inc-7", "GRID-DE", T0).setSignificantIncident(false).build());
    run.act(
        run.action("ENERGY-FR", ActionType.REPORT, null, hours(1), "CERT-FR")
            .setReport(EARLY_WARNING)
            .build());
    run.act(run.action("ENERGY-FR", ActionType.REPORT, "inc-1", hours(1), "CERT-FR").build());
    run.act(
        run.action("CERT-FR", ActionType.REQUEST_REPORT, "inc-1", hours(1), "ENERGY-FR")
            .setReport(FINAL)
            .build());
    run.act(
        run.action("ENERGY-FR", ActionType.REPORT, "inc-1", hours(1))
            .setReport(EARLY_WARNING)
            .build());
    run.act(
        run.action("ENERGY-FR", ActionType.REPORT, "inc-1", hours(1), "CERT-FR")
            .setReport(EARLY_WARNING)
            .setNote("x".repeat(2_000))
            .build());
    run.report("GRID-DE", EARLY_WARNING, "inc-7", hours(1), "CERT-BUND");
    run.report("ENERGY-FR", EARLY_WARNING, "inc-9", hours(1), "CERT-FR");
    run.report("ENERGY-FR", FINAL, "inc-1", hours(1), "CERT-FR");
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(2), "CERT-FR");
    run.report("ENERGY-FR", EARLY_WARNING, "inc-1", hours(3), "CERT-FR");

    List<TestRecord<byte[], byte[]>> dead = run.deadLetters();
    assertThat(dead)
        .extracting(ClocksDriver::reason)
        .containsExactly(
            "REPORT action action-1 names no alert (the incident it reports on)",
            "REPORT action action-2 does not say which NIS2 report it is (report is null)",
            "REQUEST_REPORT action action-3 requests a FINAL report; only INTERMEDIATE can be"
                + " requested",
            "REPORT action action-4 names no recipient (targets is empty)",
            "note has 2,000 characters; at most 1,000",
            "alert 'inc-7' has no NIS2 reporting clocks: it is not a significant incident of an"
                + " essential or important entity with a national CSIRT",
            "alert 'inc-9' has no NIS2 reporting clocks: it is not a significant incident of an"
                + " essential or important entity with a national CSIRT",
            "incident inc-1 has no FINAL clock yet: it opens when the notification arrives",
            "the EARLY_WARNING clock of incident inc-1 is closed already (MET)");
    assertThat(dead)
        .allSatisfy(
            d ->
                assertThat(
                        new String(
                            d.headers().lastHeader(DeadLetters.SOURCE_TOPIC).value(),
                            StandardCharsets.UTF_8))
                    .isEqualTo(run.topics.actions().name()));
    assertThat(lines(run.clocks()))
        .containsExactly(
            "EARLY_WARNING MET 2024-03-04T10:00:00Z PT22H", "FEEDBACK OPENED 2024-03-04T10:00:00Z");
  }

  @Test
  @DisplayName("a report keyed by anything but its alert id would miss its clocks: refused")
  void reportKeyedOtherwise() {
    var action =
        run.action("ENERGY-FR", ActionType.REPORT, "inc-1", hours(1), "CERT-FR")
            .setReport(EARLY_WARNING)
            .build();
    run.driver
        .createInputTopic(
            run.topics.actions().name(),
            run.topics.actions().keySerde().serializer(),
            run.topics.actions().valueSerde().serializer())
        .pipeInput("ENERGY-FR", action, hours(1));

    assertThat(run.deadLetters())
        .extracting(ClocksDriver::reason)
        .containsExactly("record key 'ENERGY-FR' is not the alert id 'inc-1'");
    assertThat(run.clocks()).isEmpty();
  }

  @Test
  @DisplayName("past the bound on incidents per partition, an incident gets no clocks and says why")
  void boundOnIncidents() {
    try (ClocksDriver bounded =
        new ClocksDriver(SituationSettings.newBuilder().build(), new ReportingClocksTopology(2))) {
      for (String id : List.of("inc-1", "inc-2", "inc-3")) {
        bounded.publish(incident(id, "ENERGY-FR", T0).build());
      }

      assertThat(bounded.clocks()).extracting(TestRecord::key).containsOnly("inc-1", "inc-2");
      List<TestRecord<byte[], byte[]>> dead = bounded.deadLetters();
      assertThat(dead)
          .extracting(ClocksDriver::reason)
          .containsExactly(
              "significant incident inc-3 gets no NIS2 reporting clocks: its partition keeps the"
                  + " clocks of 2 incidents already, at most 2");
      assertThat(
              new String(
                  dead.get(0).headers().lastHeader(DeadLetters.SOURCE_TOPIC).value(),
                  StandardCharsets.UTF_8))
          .isEqualTo(bounded.topics.alerts().name());
    }
  }

  @Test
  @DisplayName("every processor, store and sink has a given name")
  void everyNodeIsNamed() {
    String description =
        RunPipeline.compose(
                new RunSetup(
                    run.topics, ClocksDriver.ROSTER, new Tlp2Policy(SharingRules.EU_DEFAULTS)),
                List.of(new ReportingClocksTopology()))
            .describe()
            .toString();
    assertThat(description)
        .doesNotContain("KSTREAM-")
        .contains(
            "open-reporting-clocks",
            "apply-report-action",
            "expire-reporting-clocks",
            "clocks-sink",
            "dead-letter-invalid-clock-action",
            RunPipeline.CLOCK_TICKS,
            ReportingClocksTopology.CLOCKS_STORE,
            ReportingClocksTopology.DEADLINES_STORE);
  }
}
