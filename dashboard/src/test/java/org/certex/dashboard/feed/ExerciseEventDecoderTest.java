package org.certex.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.ExerciseFixtures.requestDecision;
import static org.certex.dashboard.ExerciseFixtures.sharedDelivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.views.DeliveryView;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ExerciseEvent.SharingDecided;
import org.certex.dashboard.views.ParticipantView;
import org.certex.dashboard.views.RequestOutcome;
import org.certex.dashboard.views.RequestOutcome.TargetVerdict;
import org.certex.dashboard.views.RunSummary;
import org.certex.dashboard.views.RunView;
import org.certex.dashboard.views.SharingDecisionView;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Decoding records of the runs topic and of a run's topics into events")
class ExerciseEventDecoderTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);

  private final ExerciseEventDecoder decoder = new ExerciseEventDecoder();

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "CLEAR, TLP:CLEAR",
    "GREEN, TLP:GREEN",
    "AMBER, TLP:AMBER",
    "AMBER_STRICT, TLP:AMBER+STRICT",
    "RED, TLP:RED"
  })
  @DisplayName("TLP labels are written as TLP 2.0 writes them")
  void tlpLabels(Tlp tlp, String label) {
    assertThat(ExerciseEventDecoder.tlpLabel(tlp)).isEqualTo(label);
  }

  @Test
  @DisplayName("a delivery becomes a flat view with RSIT as class/type and scenario times")
  void deliveryView() {
    Delivery delivery = delivery(RUN, "alert-7", "FR-CERT", 5);

    DeliveryView view =
        decoder.delivered(TOPICS, record(TOPICS.deliveries().name(), delivery)).delivery();

    assertThat(view.deliveryId()).isEqualTo("alert-7>FR-CERT");
    assertThat(view.alertId()).isEqualTo("alert-7");
    assertThat(view.recipient()).isEqualTo("FR-CERT");
    assertThat(view.sourceOrg()).isEqualTo("CERT-EE");
    assertThat(view.sourceCountry()).isEqualTo("EE");
    assertThat(view.tlp()).isEqualTo("TLP:AMBER+STRICT");
    assertThat(view.pap()).isEqualTo("AMBER");
    assertThat(view.severity()).isEqualTo("HIGH");
    assertThat(view.rsit()).isEqualTo("malicious-code/infected-system");
    assertThat(view.sector()).isEqualTo("energy");
    assertThat(view.reportedAt()).isEqualTo(Instant.parse("2021-12-07T08:01:00Z"));
    assertThat(view.deliveredAt()).isEqualTo(Instant.parse("2021-12-07T08:05:00Z"));
    assertThat(view.reason()).isEqualTo("TLP_AMBER_ADDRESSEE");
    assertThat(view.redacted()).isFalse();
    assertThat(view.sharedBy()).isNull();
    assertThat(view.indicators())
        .containsExactly(new DeliveryView.Indicator("ipv4-addr", "203.0.113.7"));
  }

  @Test
  @DisplayName("a copy shared onward says by whom; a redacted one says so and shows no indicators")
  void sharedAndRedactedCopies() {
    Delivery shared = sharedDelivery(RUN, "alert-7", "DE-CERT", "FR-CERT", false);
    Delivery redacted = sharedDelivery(RUN, "alert-8", "DE-CERT", "FR-CERT", true);
    Delivery leaky = delivery(RUN, "alert-9", "DE-CERT", 5);
    leaky.setRedacted(true);

    DeliveryView full = view(shared);
    DeliveryView withheld = view(redacted);

    assertThat(full.sharedBy()).isEqualTo("FR-CERT");
    assertThat(full.redacted()).isFalse();
    assertThat(full.indicators()).hasSize(1);
    assertThat(withheld.sharedBy()).isEqualTo("FR-CERT");
    assertThat(withheld.redacted()).isTrue();
    assertThat(withheld.indicators()).isEmpty();
    assertThat(view(leaky).indicators())
        .as("a copy marked redacted shows no indicators, even if a writer left some in")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "every decision says whom it delivered to (for the tally); a team's request's is also its"
          + " outcome")
  void decisions() {
    SharingDecision ofAlert =
        requestDecision(
            RUN,
            null,
            "alert-7",
            null,
            DecisionTrigger.ALERT,
            "FR-CERT:CLEAR_ANYONE",
            "PL-CERT:!X");
    SharingDecision ofRequest =
        requestDecision(
            RUN,
            "action-1",
            "alert-7",
            "FR-CERT",
            DecisionTrigger.SHARE_REQUEST,
            "DE-CERT:!RED_NOT_NAMED",
            "IT-CERT:SOURCE_PERMISSION",
            "ES-CERT:!SOMETHING_NEW");

    List<ExerciseEvent> own = decoder.decided(TOPICS, decisionRecord(ofAlert));
    assertThat(own).hasSize(1);
    SharingDecisionView arrival = ((SharingDecided) own.get(0)).decision();
    assertThat(arrival.alertId()).isEqualTo("alert-7");
    assertThat(arrival.onArrival()).isTrue();
    assertThat(arrival.deliveredTo())
        .as("only the verdicts that deliver")
        .containsExactly("FR-CERT");
    assertThat(arrival.tlp()).startsWith("TLP:");
    assertThat(arrival.decidedAt()).isEqualTo(ofAlert.getDecidedAt());

    List<ExerciseEvent> events = decoder.decided(TOPICS, decisionRecord(ofRequest));
    assertThat(events).hasSize(2);
    SharingDecisionView share = ((SharingDecided) events.get(0)).decision();
    assertThat(share.requestedBy()).isEqualTo("FR-CERT");
    assertThat(share.deliveredTo()).containsExactly("IT-CERT");
    RequestOutcome outcome = ((RequestDecided) events.get(1)).outcome();

    assertThat(outcome.actionId()).isEqualTo("action-1");
    assertThat(outcome.requestedBy()).isEqualTo("FR-CERT");
    assertThat(outcome.trigger()).isEqualTo("SHARE_REQUEST");
    assertThat(outcome.alertId()).isEqualTo("alert-7");
    assertThat(outcome.decidedAt()).isEqualTo(Instant.parse("2021-12-07T08:10:00Z"));
    assertThat(outcome.verdicts())
        .extracting(TargetVerdict::target, TargetVerdict::delivered, TargetVerdict::reason)
        .containsExactly(
            tuple("DE-CERT", false, "RED_NOT_NAMED"),
            tuple("IT-CERT", true, "SOURCE_PERMISSION"),
            tuple("ES-CERT", false, "SOMETHING_NEW"));
    assertThat(outcome.verdicts().get(0).explanation()).startsWith("TLP:RED goes only to");
    assertThat(outcome.verdicts().get(2).explanation()).isNull();
  }

  @Test
  @DisplayName("a decision that does not decode is refused, whatever its headers say")
  void undecodableDecision() {
    ConsumerRecord<byte[], byte[]> marked =
        new ConsumerRecord<>(TOPICS.decisions().name(), 0, 0, null, new byte[] {1, 2, 3});
    marked
        .headers()
        .add(
            org.certex.schemas.DecisionHeaders.TRIGGER,
            "ALERT".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThatThrownBy(() -> decoder.decided(TOPICS, marked))
        .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
  }

  @Test
  @DisplayName("a request's decision of another run, or without its requester, is refused")
  void badDecisions() {
    SharingDecision stray =
        requestDecision(
            "another-run", "a", "alert-7", "FR-CERT", DecisionTrigger.SHARE_REQUEST, "X:!Y");
    SharingDecision anonymous =
        requestDecision(RUN, "a", "alert-7", "FR-CERT", DecisionTrigger.PERMISSION_GRANT, "X:Y");
    anonymous.setRequestedBy(null);

    assertThatThrownBy(() -> decoder.decided(TOPICS, decisionRecord(stray)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("another-run");
    assertThatThrownBy(() -> decoder.decided(TOPICS, decisionRecord(anonymous)))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  @DisplayName("bytes that are not a delivery raise a serialization error")
  void corruptDelivery() {
    ConsumerRecord<byte[], byte[]> garbage =
        new ConsumerRecord<>(TOPICS.deliveries().name(), 0, 0, null, new byte[] {1, 2, 3});

    assertThatThrownBy(() -> decoder.delivered(TOPICS, garbage))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  @DisplayName("a delivery of another run on this run's topic is refused")
  void deliveryOfAnotherRun() {
    Delivery stray = delivery("another-run", "alert-7", "FR-CERT", 5);

    assertThatThrownBy(() -> decoder.delivered(TOPICS, record(TOPICS.deliveries().name(), stray)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("another-run");
  }

  @Test
  @DisplayName("a run record becomes RunRecorded with its participants; a tombstone is nothing")
  void runRecord() {
    byte[] bytes =
        TopicCatalogue.runs().valueSerde().serializer().serialize("t", exerciseRun(RUN, "FR-CERT"));
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(TopicCatalogue.runs().name(), 0, 0, null, bytes);

    RunRecorded recorded = decoder.recorded(decoder.exerciseRun(record).orElseThrow());

    assertThat(recorded.runId()).isEqualTo(RUN);
    assertThat(recorded.status()).isEqualTo("RUNNING");
    assertThat(recorded.participants())
        .containsExactly(new ParticipantView("FR-CERT", "CERT FR-CERT", "FR", "national-csirt"));
    assertThat(
            decoder.exerciseRun(
                new ConsumerRecord<>(TopicCatalogue.runs().name(), 0, 1, null, (byte[]) null)))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "a resumed run says from when it resumed, an aborted one why; both reach the summary")
  void resumedAndAborted() {
    Instant resumedFrom = Instant.parse("2021-12-07T08:42:00Z");
    var run = exerciseRun(RUN, "FR-CERT");
    run.setResumedFrom(resumedFrom);
    run.setResumes(1);
    run.setEndReason("interrupted: the process stopped without a clean shutdown; not resumed ...");

    RunRecorded recorded = decoder.recorded(run);
    RunSummary summary = RunSummary.of(RunView.unannounced(RUN).recordedAs(recorded));

    assertThat(summary.resumedFrom()).isEqualTo(resumedFrom);
    assertThat(summary.endReason()).startsWith("interrupted: the process stopped");
    assertThat(decoder.recorded(exerciseRun(RUN, "FR-CERT")).resumedFrom()).isNull();
  }

  @Test
  @DisplayName(
      "of the control topic, the engine's records tell the run's clock; requests are not facts, and"
          + " another run's record is refused")
  void control() {
    ExerciseControl tick =
        ExerciseFixtures.control(RUN, ControlOrigin.ENGINE, ControlCommand.TICK, 9);
    ExerciseControl paused =
        ExerciseFixtures.control(RUN, ControlOrigin.ENGINE, ControlCommand.PAUSE, 10);
    paused.setPaused(true);
    ExerciseControl request =
        ExerciseFixtures.control(RUN, ControlOrigin.REQUEST, ControlCommand.JUMP, 600);

    assertThat(decoder.clock(TOPICS, controlRecord(tick)))
        .contains(ExerciseFixtures.ticked(RUN, 9));
    assertThat(decoder.clock(TOPICS, controlRecord(paused)))
        .hasValueSatisfying(c -> assertThat(c.paused()).isTrue());
    assertThat(decoder.clock(TOPICS, controlRecord(request))).isEmpty();
    ExerciseControl other =
        ExerciseFixtures.control(
            "other-20261123-090000", ControlOrigin.ENGINE, ControlCommand.TICK, 9);
    assertThatThrownBy(() -> decoder.clock(TOPICS, controlRecord(other)))
        .isInstanceOf(SerializationException.class);
  }

  private static ConsumerRecord<byte[], byte[]> controlRecord(ExerciseControl control) {
    String topic = TOPICS.control().name();
    byte[] value = TOPICS.control().valueSerde().serializer().serialize(topic, control);
    return new ConsumerRecord<>(topic, 0, 0, RUN.getBytes(StandardCharsets.UTF_8), value);
  }

  @Test
  @DisplayName("a dead letter's reason comes from certex's header first, then from Streams' ones")
  void deadLetterReason() {
    assertThat(reasonOf(DeadLetters.STREAMS_MESSAGE, "Cannot decode", DeadLetters.REASON, "no TLP"))
        .isEqualTo("no TLP");
    assertThat(
            reasonOf(
                DeadLetters.STREAMS_EXCEPTION,
                "SerializationException",
                DeadLetters.STREAMS_MESSAGE,
                "Cannot decode"))
        .isEqualTo("Cannot decode");
    assertThat(reasonOf(DeadLetters.STREAMS_EXCEPTION, "SerializationException"))
        .isEqualTo("SerializationException");
    assertThat(reasonOf()).isEqualTo(ExerciseEventDecoder.UNKNOWN_REASON);
  }

  private String reasonOf(String... headerPairs) {
    RecordHeaders headers = new RecordHeaders();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(headerPairs[i], headerPairs[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(
            TOPICS.deadLetters().name(),
            0,
            0,
            0L,
            TimestampType.CREATE_TIME,
            0,
            0,
            new byte[0],
            new byte[] {9},
            headers,
            java.util.Optional.empty());
    return decoder.deadLettered(TOPICS, record).reason();
  }

  private DeliveryView view(Delivery delivery) {
    return decoder.delivered(TOPICS, record(TOPICS.deliveries().name(), delivery)).delivery();
  }

  private static ConsumerRecord<byte[], byte[]> decisionRecord(SharingDecision decision) {
    String topic = TOPICS.decisions().name();
    byte[] value = TOPICS.decisions().valueSerde().serializer().serialize(topic, decision);
    return new ConsumerRecord<>(topic, 0, 0, null, value);
  }

  private static ConsumerRecord<byte[], byte[]> record(String topic, Delivery delivery) {
    byte[] value = TOPICS.deliveries().valueSerde().serializer().serialize(topic, delivery);
    return new ConsumerRecord<>(
        topic, 0, 0, delivery.getRecipient().getBytes(StandardCharsets.UTF_8), value);
  }
}
