package org.certex.dashboard.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ActionType;
import org.certex.avro.IncidentAlert;
import org.certex.avro.TraineeAction;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

@DisplayName("Writing a team's action to the run's actions topic")
class KafkaActionLogTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final Instant AT = Instant.parse("2021-12-07T08:06:00Z");
  private static final TopicSpec<String, TraineeAction> ACTIONS =
      TopicCatalogue.forRun(RUN, 3).actions();

  private final TeamAction share =
      new TeamAction(
          "action-1",
          RUN,
          "FR-CERT",
          TeamAction.Kind.SHARE,
          "alert-7",
          null,
          List.of("DE-CERT", "IT-CERT"),
          "for your SOC",
          new TeamDetail.Plain(),
          AT,
          "cert:FR-CERT",
          3);

  @Test
  @DisplayName("a TraineeAction keyed by alert id, stamped with scenario time, once acknowledged")
  void writesTheAction() {
    MockProducer<byte[], byte[]> producer = producer(true);
    KafkaActionLog log = new KafkaActionLog(producer, Duration.ofSeconds(1));

    log.record(share);

    ProducerRecord<byte[], byte[]> sent = producer.history().get(0);
    assertThat(sent.topic()).isEqualTo(ACTIONS.name());
    assertThat(ACTIONS.keySerde().deserializer().deserialize(sent.topic(), sent.key()))
        .isEqualTo("alert-7");
    assertThat(sent.timestamp()).isEqualTo(AT.toEpochMilli());
    TraineeAction action =
        ACTIONS.valueSerde().deserializer().deserialize(sent.topic(), sent.value());
    assertThat(action.getActionId()).isEqualTo("action-1");
    assertThat(action.getRunId()).isEqualTo(RUN);
    assertThat(action.getActor()).isEqualTo("FR-CERT");
    assertThat(action.getType()).isEqualTo(ActionType.SHARE);
    assertThat(action.getAlertId()).isEqualTo("alert-7");
    assertThat(action.getTargets()).containsExactly("DE-CERT", "IT-CERT");
    assertThat(action.getAt()).isEqualTo(AT);
    assertThat(action.getNote()).isEqualTo("for your SOC");
    assertThat(action.getDetails())
        .containsEntry(ActionRecords.SUBMITTED_WITH, "cert:FR-CERT")
        .containsEntry(ActionRecords.ORIGIN, "dashboard");
  }

  @Test
  @DisplayName("an action on no alert is keyed by its own id, as the engine keys a player's")
  void actionOnNoAlert() {
    MockProducer<byte[], byte[]> producer = producer(true);
    TeamAction vote =
        new TeamAction(
            "action-2",
            RUN,
            "FR-CERT",
            TeamAction.Kind.VOTE,
            null,
            null,
            List.of(),
            "",
            new TeamDetail.Vote("p-1", org.certex.avro.VoteChoice.ABSTAIN),
            AT,
            "cert:FR-CERT",
            3);

    new KafkaActionLog(producer, Duration.ofSeconds(1)).record(vote);

    ProducerRecord<byte[], byte[]> sent = producer.history().get(0);
    assertThat(ACTIONS.keySerde().deserializer().deserialize(sent.topic(), sent.key()))
        .isEqualTo("action-2");
  }

  @Test
  @DisplayName("a team's alert goes to the alerts topic keyed by its id, then its NOTIFY")
  void issuesTheAlertThenItsNotification() {
    MockProducer<byte[], byte[]> producer = producer(true);
    TopicSpec<String, IncidentAlert> alerts = TopicCatalogue.forRun(RUN, 3).alerts();

    new KafkaActionLog(producer, Duration.ofSeconds(1)).issue(notice());

    assertThat(producer.history()).hasSize(2);
    ProducerRecord<byte[], byte[]> alert = producer.history().get(0);
    ProducerRecord<byte[], byte[]> notify = producer.history().get(1);
    assertThat(alert.topic()).isEqualTo(alerts.name());
    assertThat(alerts.keySerde().deserializer().deserialize(alert.topic(), alert.key()))
        .isEqualTo("alert-9");
    assertThat(alert.timestamp()).isEqualTo(AT.toEpochMilli());
    assertThat(alerts.valueSerde().deserializer().deserialize(alert.topic(), alert.value()))
        .satisfies(
            a -> {
              assertThat(a.getSourceOrg()).isEqualTo("FR-CERT");
              assertThat(a.getDerivedFrom()).isEqualTo("alert-7");
            });
    assertThat(notify.topic()).isEqualTo(ACTIONS.name());
    assertThat(ACTIONS.keySerde().deserializer().deserialize(notify.topic(), notify.key()))
        .isEqualTo("alert-7");
    assertThat(notify.timestamp()).isEqualTo(AT.toEpochMilli());
  }

  @Test
  @DisplayName("a notification the broker refuses after its alert is a 503 naming the stored alert")
  void notificationRefusedAfterItsAlert() {
    MockProducer<byte[], byte[]> producer = producer(false);
    KafkaActionLog log = new KafkaActionLog(producer, Duration.ofSeconds(5));

    CompletableFuture<Void> issuing = CompletableFuture.runAsync(() -> log.issue(notice()));
    await().until(() -> producer.history().size() == 1);
    producer.completeNext();
    await().until(() -> producer.history().size() == 2);
    producer.errorNext(new NotEnoughReplicasException("one broker left"));

    assertThatThrownBy(issuing::join)
        .cause()
        .isInstanceOfSatisfying(
            ActionRefused.class,
            refused -> {
              assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(refused.getReason())
                  .startsWith("The alert alert-9 is stored, but its notification was not");
            });
  }

  private static TeamAlert notice() {
    TeamAction notify =
        new TeamAction(
            "action-3",
            RUN,
            "FR-CERT",
            TeamAction.Kind.NOTIFY,
            "alert-7",
            null,
            List.of("DE-CERT"),
            "",
            new TeamDetail.Notification("alert-9"),
            AT,
            "cert:FR-CERT",
            3);
    return new TeamAlert(
        "alert-9",
        RUN,
        "FR-CERT",
        "FR",
        List.of("DE-CERT"),
        AT,
        org.certex.avro.RsitClass.FRAUD,
        "phishing",
        org.certex.avro.Severity.MEDIUM,
        org.certex.avro.Tlp.GREEN,
        org.certex.avro.Pap.GREEN,
        List.of(new TeamAlert.Indicator("domain-name", "invoice.example")),
        null,
        "alert-7",
        "phishing invoices",
        notify);
  }

  @Test
  @DisplayName("a send the broker refuses is a 503 for the team, not a 202")
  void refusedSend() {
    MockProducer<byte[], byte[]> producer = producer(false);
    KafkaActionLog log = new KafkaActionLog(producer, Duration.ofSeconds(5));

    CompletableFuture<Void> recording = CompletableFuture.runAsync(() -> log.record(share));
    await().until(() -> !producer.history().isEmpty());
    producer.errorNext(new NotEnoughReplicasException("one broker left"));

    assertThatThrownBy(recording::join)
        .cause()
        .isInstanceOfSatisfying(
            ActionRefused.class,
            refused ->
                assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
  }

  @Test
  @DisplayName("an acknowledgement that does not come in time is a 503 that says so")
  void noAcknowledgementInTime() {
    KafkaActionLog log = new KafkaActionLog(producer(false), Duration.ofMillis(50));

    assertThatThrownBy(() -> log.record(share))
        .isInstanceOf(ActionRefused.class)
        .hasMessageContaining("may still be recorded");
  }

  @Test
  @DisplayName("the producer is idempotent, acks=all and not transactional, whatever is shared")
  void producerSettings() {
    Map<String, Object> settings =
        ActionProducerSettings.from(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092",
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "someone-elses-tx",
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, "x.Y"),
            Duration.ofSeconds(7));

    assertThat(settings)
        .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
        .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 7000L)
        .doesNotContainKeys(
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
  }

  private static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
    return new MockProducer<>(
        autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
