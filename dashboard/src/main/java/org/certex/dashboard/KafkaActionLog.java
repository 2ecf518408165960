package org.certex.dashboard;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.certex.avro.TraineeAction;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes accepted team actions to the run's actions topic, where the sharing pipeline decides them
 * and the exercise engine checks them against its expectations. The edge where the dashboard's
 * plain Java becomes Avro again: a {@code TraineeAction} keyed by its alert id, with the
 * catalogue's serdes, its record timestamp the action's scenario time like every record of a run.
 * Each write waits for the broker's acknowledgement, so a 202 means the action is stored.
 *
 * <p>Known gap: when the acknowledgement does not come in time, the team is told so, but the action
 * may still be stored and decided; its outcome then shows up all the same.
 */
final class KafkaActionLog implements ActionLog, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaActionLog.class);

  private final Producer<byte[], byte[]> producer;
  private final Duration ackTimeout;

  KafkaActionLog(Producer<byte[], byte[]> producer, Duration ackTimeout) {
    this.producer = producer;
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void record(TeamAction action) {
    TopicSpec<String, TraineeAction> topic =
        TopicCatalogue.forRun(action.runId(), action.runPartitions()).actions();
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(
            topic.name(),
            null,
            action.at().toEpochMilli(),
            topic.keySerde().serializer().serialize(topic.name(), action.alertId()),
            topic
                .valueSerde()
                .serializer()
                .serialize(topic.name(), ActionRecords.traineeAction(action)));
    try {
      producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ActionRefused.notRecorded("The dashboard stopped before the action was stored");
    } catch (TimeoutException e) {
      throw ActionRefused.notRecorded(
          "The broker did not confirm the action within "
              + ackTimeout.toSeconds()
              + " s; it may still be recorded: watch the outcomes before trying again");
    } catch (ExecutionException | KafkaException e) {
      log.warn("Action {} of {} not stored: {}", action.actionId(), action.actor(), e.toString());
      throw ActionRefused.notRecorded("The broker did not take the action; try again");
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
