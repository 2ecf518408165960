package org.certex.dashboard.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.certex.avro.IncidentAlert;
import org.certex.avro.TraineeAction;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes accepted team actions to the run's actions topic, and teams' own alerts to its alerts
 * topic, where the pipeline decides them and the exercise engine checks them against its
 * expectations. The edge where the dashboard's plain Java becomes Avro again: a {@code
 * TraineeAction} keyed by its alert id (its own id when it names none, as the engine keys an
 * automatic player's), an {@code IncidentAlert} keyed by its id, with the catalogue's serdes, each
 * record's timestamp its scenario time like every record of a run. Each write waits for the
 * broker's acknowledgement, so a 202 means the record is stored; a team's alert is written, and
 * acknowledged, before its notification, so no notification names an alert the log lacks.
 *
 * <p>Known gap: when the acknowledgement does not come in time, the team is told so, but the record
 * may still be stored and decided; its outcome then shows up all the same.
 */
public final class KafkaActionLog implements ActionLog, AlertLog, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaActionLog.class);

  private final Producer<byte[], byte[]> producer;
  private final Duration ackTimeout;

  public KafkaActionLog(Producer<byte[], byte[]> producer, Duration ackTimeout) {
    this.producer = producer;
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void record(TeamAction action) {
    store(
        actionsOf(action),
        action.recordKey(),
        ActionRecords.traineeAction(action),
        action.at(),
        "action",
        action.actor());
  }

  @Override
  public void issue(TeamAlert alert) {
    TeamAction notification = alert.notification();
    TopicSpec<String, IncidentAlert> alerts =
        TopicCatalogue.forRun(alert.runId(), notification.runPartitions()).alerts();
    store(
        alerts,
        alert.alertId(),
        ActionRecords.incidentAlert(alert),
        alert.at(),
        "alert",
        alert.sourceOrg());
    try {
      record(notification);
    } catch (ActionRefused e) {
      throw ActionRefused.notRecorded(
          "The alert "
              + alert.alertId()
              + " is stored, but its notification was not: "
              + e.getReason()
              + " (the alert is shared all the same; exercise control can credit the"
              + " notification)");
    }
  }

  private static TopicSpec<String, TraineeAction> actionsOf(TeamAction action) {
    return TopicCatalogue.forRun(action.runId(), action.runPartitions()).actions();
  }

  private <V> void store(
      TopicSpec<String, V> topic, String key, V value, Instant at, String what, String by) {
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(
            topic.name(),
            null,
            at.toEpochMilli(),
            topic.keySerde().serializer().serialize(topic.name(), key),
            topic.valueSerde().serializer().serialize(topic.name(), value));
    try {
      producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ActionRefused.notRecorded("The dashboard stopped before the " + what + " was stored");
    } catch (TimeoutException e) {
      throw ActionRefused.notRecorded(
          "The broker did not confirm the "
              + what
              + " within "
              + ackTimeout.toSeconds()
              + " s; it may still be recorded: watch the outcomes before trying again");
    } catch (ExecutionException | KafkaException e) {
      log.warn("The {} {} of {} is not stored: {}", what, key, by, e.toString());
      throw ActionRefused.notRecorded("The broker did not take the " + what + "; try again");
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
