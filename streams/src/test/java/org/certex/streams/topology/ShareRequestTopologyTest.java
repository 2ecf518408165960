package org.certex.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.streams.topology.TestAlerts.T0;
import static org.certex.streams.topology.TestAlerts.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ActionType;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.DecisionHeaders;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Teams' share requests and the source's permissions through the topology: each one decided per
 * target, recorded as a decision, delivered onward only within TLP 2.0, and never twice.
 */
class ShareRequestTopologyTest {

  private static final String RUN = "share-requests-test";
  private static final Instant LATER = T0.plusSeconds(600);

  /**
   * The Cyber Tesla drill's operator EPS reports to CERT-RS; TESLA-SG is the drill's sharing group;
   * Ohio's National Guard has an agreement with CERT-RS and a community of its own with Texas.
   */
  private static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-RS", "RS", "national-csirt", false)
              .withClients("EPS")
              .withCommunities("TESLA-SG"),
          Party.of("EPS", "RS", "operator", false).withCommunities("TESLA-SG"),
          Party.of("MIL-CERT", "RS", "military-cert", false).withCommunities("TESLA-SG"),
          Party.of("OHIO-NG", "US", "foreign-partner", false)
              .withAgreements("CERT-RS")
              .withCommunities("US-NG"),
          Party.of("TEXAS-NG", "US", "foreign-partner", false).withCommunities("US-NG"));

  private SharingPipeline pipeline;

  @BeforeEach
  void start() {
    pipeline = new SharingPipeline(RUN, ROSTER);
  }

  @AfterEach
  void stop() {
    pipeline.close();
  }

  /** Publishes the alert and reads away its own decision and deliveries. */
  private void alertDecided(org.certex.avro.IncidentAlert alert) {
    pipeline.publish(alert);
    TestRecord<String, SharingDecision> decision = pipeline.decisions.readRecord();
    assertThat(decision.value().getTrigger()).isEqualTo(DecisionTrigger.ALERT);
    assertThat(header(decision, DecisionHeaders.TRIGGER)).isEqualTo("ALERT");
    pipeline.deliveries.readRecordsToList();
  }

  @Test
  @DisplayName(
      "RED: a recipient's share is refused and recorded; the source's permission delivers once")
  void redShareRefusedThenPermitted() {
    alertDecided(alert(RUN, "r-1", "EPS", Tlp.RED).build());

    TraineeAction share = pipeline.act("CERT-RS", ActionType.SHARE, "r-1", LATER, "OHIO-NG");
    TestRecord<String, SharingDecision> refusalRecord = pipeline.decisions.readRecord();
    assertThat(header(refusalRecord, DecisionHeaders.TRIGGER)).isEqualTo("SHARE_REQUEST");
    SharingDecision refusal = refusalRecord.value();
    assertThat(refusal.getTrigger()).isEqualTo(DecisionTrigger.SHARE_REQUEST);
    assertThat(refusal.getActionId()).isEqualTo(share.getActionId());
    assertThat(refusal.getRequestedBy()).isEqualTo("CERT-RS");
    assertThat(refusal.getDecidedAt()).isEqualTo(LATER);
    assertThat(refusal.getVerdicts())
        .extracting(
            RecipientVerdict::getRecipient, RecipientVerdict::getDeliver, r -> r.getReason())
        .containsExactly(tuple("OHIO-NG", false, "RED_NO_ONWARD_SHARING"));
    assertThat(pipeline.deliveries.isEmpty()).isTrue();

    pipeline.act("EPS", ActionType.GRANT_PERMISSION, "r-1", LATER.plusSeconds(60), "OHIO-NG");
    SharingDecision grant = pipeline.decisions.readValue();
    assertThat(grant.getTrigger()).isEqualTo(DecisionTrigger.PERMISSION_GRANT);
    assertThat(grant.getVerdicts())
        .extracting(RecipientVerdict::getRecipient, RecipientVerdict::getReason)
        .containsExactly(tuple("OHIO-NG", "SOURCE_PERMISSION"));
    TestRecord<String, Delivery> delivered = pipeline.deliveries.readRecord();
    assertThat(delivered.key()).isEqualTo("OHIO-NG");
    assertThat(delivered.value().getSharedBy()).isEqualTo("EPS");
    assertThat(delivered.value().getReason()).isEqualTo("SOURCE_PERMISSION");
    assertThat(delivered.value().getDeliveryId()).isEqualTo("r-1@OHIO-NG");
    assertThat(delivered.timestamp()).isEqualTo(LATER.plusSeconds(60).toEpochMilli());

    // A holder learns nothing from the label it could not pass on: not that OHIO-NG holds it now.
    pipeline.act("CERT-RS", ActionType.SHARE, "r-1", LATER.plusSeconds(120), "OHIO-NG");
    assertThat(pipeline.decisions.readValue().getVerdicts())
        .extracting(RecipientVerdict::getReason)
        .containsExactly("RED_NO_ONWARD_SHARING");
    pipeline.act("EPS", ActionType.SHARE, "r-1", LATER.plusSeconds(180), "OHIO-NG");
    assertThat(pipeline.decisions.readValue().getVerdicts())
        .extracting(RecipientVerdict::getReason)
        .containsExactly("RECIPIENT_ALREADY_HOLDS");
    assertThat(pipeline.deliveries.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("GREEN: a holder passes the alert to its own community, which passes it on again")
  void greenTravelsThroughHoldersCommunities() {
    alertDecided(
        alert(RUN, "g-1", "EPS", Tlp.GREEN)
            .setPap(Pap.AMBER)
            .setIndicators(List.of(new Indicator("ipv4-addr", "203.0.113.7")))
            .build());

    pipeline.act("TEXAS-NG", ActionType.SHARE, "g-1", LATER, "MIL-CERT");
    assertThat(pipeline.decisions.readValue().getVerdicts())
        .extracting(RecipientVerdict::getReason)
        .containsExactly("SHARER_DOES_NOT_HOLD");

    pipeline.act("OHIO-NG", ActionType.SHARE, "g-1", LATER, "TEXAS-NG");
    assertThat(pipeline.decisions.readValue().getVerdicts())
        .extracting(RecipientVerdict::getReason, RecipientVerdict::getRedacted)
        .containsExactly(tuple("GREEN_COMMUNITY_OF_SHARER", true));
    Delivery toTexas = pipeline.deliveries.readValue();
    assertThat(toTexas.getRecipient()).isEqualTo("TEXAS-NG");
    assertThat(toTexas.getSharedBy()).isEqualTo("OHIO-NG");
    assertThat(toTexas.getRedacted()).isTrue();
    assertThat(toTexas.getAlert().getIndicators()).isEmpty();

    // TEXAS-NG hears that its community peer holds the alert, but not that MIL-CERT, outside its
    // communities, does.
    pipeline.act("TEXAS-NG", ActionType.SHARE, "g-1", LATER, "OHIO-NG", "MIL-CERT");
    assertThat(pipeline.decisions.readValue().getVerdicts())
        .extracting(RecipientVerdict::getRecipient, RecipientVerdict::getReason)
        .containsExactly(
            tuple("OHIO-NG", "RECIPIENT_ALREADY_HOLDS"),
            tuple("MIL-CERT", "GREEN_OUTSIDE_SHARER_COMMUNITY"));
  }

  @Test
  @DisplayName("AMBER+STRICT: no holder may pass it on, and nobody but the source may permit")
  void amberStrictStaysPut() {
    alertDecided(alert(RUN, "s-1", "EPS", Tlp.AMBER_STRICT).build());

    pipeline.act("CERT-RS", ActionType.SHARE, "s-1", LATER, "MIL-CERT", "NOBODY");
    pipeline.act("CERT-RS", ActionType.GRANT_PERMISSION, "s-1", LATER, "MIL-CERT");

    assertThat(pipeline.decisions.readValuesToList())
        .flatExtracting(SharingDecision::getVerdicts)
        .extracting(RecipientVerdict::getRecipient, RecipientVerdict::getReason)
        .containsExactly(
            tuple("MIL-CERT", "AMBER_STRICT_NO_ONWARD_SHARING"),
            tuple("NOBODY", "UNKNOWN_RECIPIENT"),
            tuple("MIL-CERT", "PERMISSION_NOT_FROM_SOURCE"));
    assertThat(pipeline.deliveries.isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "other actions and shares of no alert pass by; unusable requests go to the dead-letter topic")
  void badRequestsAreDeadLettered() {
    alertDecided(alert(RUN, "c-1", "EPS", Tlp.CLEAR).build());

    pipeline.act("CERT-RS", ActionType.ACKNOWLEDGE, "c-1", LATER);
    pipeline.act("CERT-RS", ActionType.SHARE, "no-such-alert", LATER, "MIL-CERT");
    pipeline.act("STRANGER", ActionType.SHARE, "c-1", LATER, "MIL-CERT");
    pipeline.act("CERT-RS", ActionType.SHARE, "c-1", LATER);
    TraineeAction noAlert =
        TraineeAction.newBuilder()
            .setActionId("no-alert")
            .setRunId(RUN)
            .setActor("CERT-RS")
            .setType(ActionType.SHARE)
            .setTargets(List.of("MIL-CERT"))
            .setAt(LATER)
            .build();
    pipeline.actions.pipeInput("no-alert", noAlert, LATER);
    TraineeAction miskeyed =
        TraineeAction.newBuilder(noAlert).setActionId("miskeyed").setAlertId("c-1").build();
    pipeline.actions.pipeInput("CERT-RS", miskeyed, LATER);

    assertThat(pipeline.decisions.isEmpty()).isTrue();
    assertThat(pipeline.deadLetters.readRecordsToList())
        .extracting(r -> header(r, DeadLetters.REASON), r -> header(r, DeadLetters.SOURCE_TOPIC))
        .containsExactly(
            tuple(
                "alert 'no-such-alert' is unknown to run 'share-requests-test': nothing to share",
                pipeline.topics.actions().name()),
            tuple(
                "actor 'STRANGER' is not a participant of the run",
                pipeline.topics.actions().name()),
            tuple("SHARE action action-4 names no targets", pipeline.topics.actions().name()),
            tuple(
                "record key 'CERT-RS' is not the alert id 'c-1'",
                pipeline.topics.actions().name()));

    pipeline.act("MIL-CERT", ActionType.SHARE, "c-1", LATER, "CERT-RS");
    assertThat(pipeline.decisions.readValue().getRequestedBy()).isEqualTo("MIL-CERT");
  }

  private static String header(TestRecord<?, ?> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
