package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.ActionType;
import org.certex.avro.AlertSharingState;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.TraineeAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordLimitsTest {

  /** What the producer takes by default ({@code max.request.size}). */
  private static final int PRODUCER_MAX_REQUEST_SIZE = 1_048_576;

  @Test
  @DisplayName("a text at its limit passes; one character more is refused, with the numbers")
  void textAtTheBoundary() {
    IncidentAlert atLimit = withText(RecordLimits.TEXT_CHARS);
    IncidentAlert over = withText(RecordLimits.TEXT_CHARS + 1);

    assertThat(RecordLimits.problemsOf(atLimit)).isEmpty();
    assertThat(RecordLimits.problemsOf(over))
        .containsExactly("text has 16,385 characters; at most 16,384");
  }

  @Test
  @DisplayName("the alert of about a megabyte that stopped a pipeline is refused for its text")
  void theMegabyteAlert() {
    assertThat(RecordLimits.problemsOf(withText(1_048_000)))
        .containsExactly("text has 1,048,000 characters; at most 16,384");
  }

  @Test
  @DisplayName("ids, lists and indicators over their limits are each named once")
  void everyLimitNamed() {
    IncidentAlert alert =
        IncidentAlert.newBuilder(AvroSerdeTest.sampleAlert())
            .setAlertId("a".repeat(RecordLimits.ID_CHARS + 1))
            .setAddressees(Collections.nCopies(RecordLimits.PARTICIPANTS + 1, "CERT-RS"))
            .setIndicators(
                Collections.nCopies(
                    2, new Indicator("url", "x".repeat(RecordLimits.INDICATOR_VALUE_CHARS + 1))))
            .build();

    assertThat(RecordLimits.problemsOf(alert))
        .containsExactly(
            "alertId has 129 characters; at most 128",
            "addressees has 1,001 entries; at most 1,000",
            "2 of indicator values are longer than 2,048 characters (the longest has 2,049)");
  }

  @Test
  @DisplayName("fields within their limits can still add up past the alert's encoded size")
  void encodedSize() {
    List<Indicator> indicators =
        Collections.nCopies(
            RecordLimits.INDICATORS,
            new Indicator("url", "u".repeat(RecordLimits.INDICATOR_VALUE_CHARS)));
    IncidentAlert alert =
        IncidentAlert.newBuilder(AvroSerdeTest.sampleAlert()).setIndicators(indicators).build();

    assertThat(RecordLimits.problemsOf(alert))
        .singleElement()
        .asString()
        .startsWith("the alert encodes to 52")
        .endsWith("bytes; at most 262,144");
  }

  @Test
  @DisplayName("an action's note, targets and details are bounded like an alert's fields")
  void actionLimits() {
    TraineeAction action =
        TraineeAction.newBuilder()
            .setActionId("a-1")
            .setRunId("run-1")
            .setActor("CERT-RS")
            .setType(ActionType.SHARE)
            .setAlertId("ct-001")
            .setTargets(List.of("EPS"))
            .setNote("n".repeat(RecordLimits.NOTE_CHARS + 1))
            .setAt(AvroSerdeTest.sampleAlert().getReportedAt())
            .build();

    assertThat(RecordLimits.problemsOf(action))
        .containsExactly("note has 1,001 characters; at most 1,000");
    action.setNote("");
    assertThat(RecordLimits.problemsOf(action)).isEmpty();
  }

  @Test
  @DisplayName(
      "the largest records derived from the largest accepted alert, for the largest roster, fit"
          + " the record ceiling, and the ceiling fits the producer with room for key and headers")
  void derivedRecordsFit() {
    IncidentAlert largest = largestAcceptedAlert();
    List<String> roster =
        IntStream.range(0, RecordLimits.PARTICIPANTS)
            .mapToObj(i -> String.format("%0" + RecordLimits.ID_CHARS + "d", i))
            .toList();
    AlertSharingState state = new AlertSharingState(largest, roster);
    List<RecipientVerdict> verdicts = new ArrayList<>();
    roster.forEach(
        id ->
            verdicts.add(new RecipientVerdict(id, false, "GREEN_OUTSIDE_SHARER_COMMUNITY", true)));
    SharingDecision decision =
        SharingDecision.newBuilder()
            .setAlertId(largest.getAlertId())
            .setRunId(largest.getRunId())
            .setSourceOrg(largest.getSourceOrg())
            .setTlp(largest.getTlp())
            .setVerdicts(verdicts)
            .setTrigger(DecisionTrigger.SHARE_REQUEST)
            .setActionId(roster.get(0))
            .setRequestedBy(roster.get(1))
            .setPolicy("p".repeat(RecordLimits.SHORT_TEXT_CHARS))
            .setDecidedAt(largest.getReportedAt())
            .build();
    Delivery delivery =
        Delivery.newBuilder()
            .setDeliveryId(largest.getAlertId() + "@" + roster.get(0))
            .setRunId(largest.getRunId())
            .setRecipient(roster.get(0))
            .setReason("GREEN_OUTSIDE_SHARER_COMMUNITY")
            .setAlert(largest)
            .setSharedBy(roster.get(1))
            .setDeliveredAt(largest.getReportedAt())
            .build();

    assertThat(RecordLimits.problemsOf(largest)).isEmpty();
    assertThat(AvroSerde.of(AlertSharingState.class).encode(state))
        .hasSizeLessThan(RecordLimits.RECORD_BYTES);
    assertThat(AvroSerde.of(SharingDecision.class).encode(decision))
        .hasSizeLessThan(RecordLimits.RECORD_BYTES);
    assertThat(AvroSerde.of(Delivery.class).encode(delivery))
        .hasSizeLessThan(RecordLimits.RECORD_BYTES);
    assertThat(RecordLimits.RECORD_BYTES + 2 * 1024 * 16).isLessThan(PRODUCER_MAX_REQUEST_SIZE);
  }

  @Test
  @DisplayName("the serde refuses to encode a record past the ceiling, before any producer sees it")
  void serdeRefusesPastTheCeiling() {
    IncidentAlert huge = withText(RecordLimits.RECORD_BYTES);
    AvroSerde<IncidentAlert> serde = AvroSerde.of(IncidentAlert.class);

    assertThatThrownBy(() -> serde.encode(huge))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("records may take at most 1,000,000");
    assertThat(serde.encodeUnbounded(huge).length).isGreaterThan(RecordLimits.RECORD_BYTES);
  }

  /** Text grown until the alert's encoding is just under its limit. */
  private static IncidentAlert largestAcceptedAlert() {
    List<Indicator> indicators =
        Collections.nCopies(
            100, new Indicator("url", "u".repeat(RecordLimits.INDICATOR_VALUE_CHARS)));
    IncidentAlert alert =
        IncidentAlert.newBuilder(AvroSerdeTest.sampleAlert())
            .setAlertId("a".repeat(RecordLimits.ID_CHARS))
            .setIndicators(indicators)
            .setText("")
            .build();
    int room =
        RecordLimits.ALERT_BYTES - AvroSerde.of(IncidentAlert.class).encode(alert).length - 8;
    // Three bytes a character: the text is as heavy as the limit allows.
    alert.setText("€".repeat(Math.min(RecordLimits.TEXT_CHARS, room / 3)));
    return alert;
  }

  private static IncidentAlert withText(int length) {
    return IncidentAlert.newBuilder(AvroSerdeTest.sampleAlert())
        .setText("t".repeat(length))
        .build();
  }
}
