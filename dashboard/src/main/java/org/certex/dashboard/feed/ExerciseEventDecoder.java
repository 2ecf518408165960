package org.certex.dashboard.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Participant;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.dashboard.views.DeliveryView;
import org.certex.dashboard.views.DeliveryView.Indicator;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseEvent.ClockReported;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseEvent.RequestDecided;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ExerciseEvent.SharingDecided;
import org.certex.dashboard.views.ParticipantView;
import org.certex.dashboard.views.ReasonExplanations;
import org.certex.dashboard.views.RequestOutcome;
import org.certex.dashboard.views.RequestOutcome.TargetVerdict;
import org.certex.dashboard.views.SharingDecisionView;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.Labels;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;

/**
 * The edge where Avro stops: turns raw records of the runs topic and of a run's topics into {@link
 * ExerciseEvent}s made of plain Java, decoding with the serdes of the catalogue's topic specs.
 *
 * <p>A record that cannot be decoded, or that claims to belong to another run than its topic's,
 * raises {@link SerializationException}; the feed counts it and moves on.
 */
public final class ExerciseEventDecoder {

  static final String UNKNOWN_REASON = "unknown";
  private static final int MAX_REASON_LENGTH = 300;

  /** The run recorded on the runs topic, or empty for a tombstone. */
  Optional<ExerciseRun> exerciseRun(ConsumerRecord<byte[], byte[]> record) {
    return Optional.ofNullable(
        TopicCatalogue.runs()
            .valueSerde()
            .deserializer()
            .deserialize(record.topic(), record.value()));
  }

  public RunRecorded recorded(ExerciseRun run) {
    return new RunRecorded(
        run.getRunId(),
        run.getScenarioId(),
        run.getTitle(),
        run.getStatus().name(),
        run.getScenarioStart(),
        run.getStartedAt(),
        run.getEndedAt(),
        run.getParticipants().stream().map(ExerciseEventDecoder::participant).toList(),
        run.getPartitions(),
        run.getResumedFrom(),
        run.getEndReason());
  }

  /** A record of {@code run}'s deliveries topic. */
  public AlertDelivered delivered(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    DeliveryView read = DeliveryBytes.view(record.value(), run.runId());
    if (read != null) {
      return new AlertDelivered(run.runId(), read);
    }
    Delivery delivery =
        run.deliveries().valueSerde().deserializer().deserialize(record.topic(), record.value());
    if (delivery == null) {
      throw new SerializationException("A delivery without a value");
    }
    if (!run.runId().equals(delivery.getRunId())) {
      throw new SerializationException(
          "A delivery of run " + delivery.getRunId() + " on a topic of run " + run.runId());
    }
    return new AlertDelivered(run.runId(), view(delivery));
  }

  /**
   * A record of {@code run}'s decisions topic: whom the policy delivered the alert to (for the
   * tally), and for a team's share request or permission also its outcome for that team.
   */
  List<ExerciseEvent> decided(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    SharingDecision decision =
        run.decisions().valueSerde().deserializer().deserialize(record.topic(), record.value());
    if (decision == null) {
      throw new SerializationException("A decision without a value");
    }
    if (!run.runId().equals(decision.getRunId())) {
      throw new SerializationException(
          "A decision of run " + decision.getRunId() + " on a topic of run " + run.runId());
    }
    if (decision.getTrigger() == DecisionTrigger.ALERT) {
      return List.of(new SharingDecided(run.runId(), sharing(decision, null)));
    }
    if (decision.getActionId() == null || decision.getRequestedBy() == null) {
      throw new SerializationException(
          "A " + decision.getTrigger() + " decision without its action or requester");
    }
    return List.of(
        new SharingDecided(run.runId(), sharing(decision, decision.getRequestedBy())),
        new RequestDecided(run.runId(), outcome(decision)));
  }

  /** Whom a decision delivered the alert to, as the pipeline's deliveries of it say. */
  private static SharingDecisionView sharing(SharingDecision decision, String requestedBy) {
    List<String> deliveredTo = new ArrayList<>(decision.getVerdicts().size());
    for (RecipientVerdict verdict : decision.getVerdicts()) {
      if (verdict.getDeliver()) {
        deliveredTo.add(verdict.getRecipient());
      }
    }
    return new SharingDecisionView(
        decision.getAlertId(),
        decision.getSourceOrg(),
        tlpLabel(decision.getTlp()),
        requestedBy,
        decision.getDecidedAt(),
        deliveredTo);
  }

  /**
   * A record of {@code run}'s control topic: where the engine says the run's clock stands, or empty
   * for a request of exercise control (not a fact: the engine's answer to it is).
   */
  Optional<ClockReported> clock(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    return control(run, record).stream()
        .filter(ClockReported.class::isInstance)
        .map(ClockReported.class::cast)
        .findFirst();
  }

  /**
   * The events of a record of {@code run}'s control topic: for an ENGINE record its clock and, but
   * for a tick, what it applied or refused ({@link EngineRecords}); nothing for a request.
   */
  List<ExerciseEvent> control(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    ExerciseControl control =
        run.control().valueSerde().deserializer().deserialize(record.topic(), record.value());
    if (control == null) {
      throw new SerializationException("A control record without a value");
    }
    if (!run.runId().equals(control.getRunId())) {
      throw new SerializationException(
          "A control record of run " + control.getRunId() + " on a topic of run " + run.runId());
    }
    if (control.getOrigin() != ControlOrigin.ENGINE) {
      return List.of();
    }
    return EngineRecords.engine(control);
  }

  /**
   * A record of {@code run}'s dead-letter topic: only its reason, the topic it came from and its
   * timestamp are read, never its payload.
   */
  DeadLettered deadLettered(RunTopics run, ConsumerRecord<byte[], byte[]> record) {
    Headers headers = record.headers();
    String reason =
        Stream.of(DeadLetters.REASON, DeadLetters.STREAMS_MESSAGE, DeadLetters.STREAMS_EXCEPTION)
            .map(headers::lastHeader)
            .filter(header -> header != null && header.value() != null)
            .map(ExerciseEventDecoder::text)
            .filter(text -> !text.isBlank())
            .findFirst()
            .orElse(UNKNOWN_REASON);
    Header source = headers.lastHeader(DeadLetters.SOURCE_TOPIC);
    String topic = source == null || source.value() == null ? null : text(source);
    Instant at = record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp());
    return new DeadLettered(run.runId(), reason, topic, at);
  }

  /**
   * The inbox entry of a delivery. A redacted copy is shown without indicators even if a writer
   * left some in it: the page must not show what the PAP rule withheld.
   */
  public static DeliveryView view(Delivery delivery) {
    IncidentAlert alert = delivery.getAlert();
    boolean redacted = delivery.getRedacted();
    return new DeliveryView(
        delivery.getDeliveryId(),
        alert.getAlertId(),
        delivery.getRecipient(),
        alert.getSourceOrg(),
        alert.getSourceCountry(),
        tlpLabel(alert.getTlp()),
        alert.getPap().name(),
        alert.getSeverity().name(),
        alert.getRsitClass().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "/"
            + alert.getRsitType(),
        alert.getSector(),
        alert.getText(),
        alert.getReportedAt(),
        delivery.getDeliveredAt(),
        delivery.getReason(),
        redacted,
        delivery.getSharedBy(),
        redacted
            ? List.of()
            : alert.getIndicators().stream()
                .map(i -> new Indicator(i.getType(), i.getValue()))
                .toList());
  }

  public static RequestOutcome outcome(SharingDecision decision) {
    return new RequestOutcome(
        decision.getActionId(),
        decision.getRequestedBy(),
        decision.getTrigger().name(),
        decision.getAlertId(),
        decision.getDecidedAt(),
        decision.getVerdicts().stream().map(ExerciseEventDecoder::targetVerdict).toList());
  }

  private static TargetVerdict targetVerdict(RecipientVerdict verdict) {
    return new TargetVerdict(
        verdict.getRecipient(),
        verdict.getDeliver(),
        verdict.getReason(),
        ReasonExplanations.of(verdict.getReason()).orElse(null),
        verdict.getRedacted());
  }

  /** The label as TLP 2.0 writes it: {@code TLP:CLEAR} ... {@code TLP:AMBER+STRICT}. */
  static String tlpLabel(Tlp tlp) {
    return Labels.tlp(tlp);
  }

  private static ParticipantView participant(Participant participant) {
    return new ParticipantView(
        participant.getId(),
        participant.getName(),
        participant.getCountry(),
        participant.getKind());
  }

  private static String text(Header header) {
    String text = new String(header.value(), StandardCharsets.UTF_8).strip();
    return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "…";
  }
}
