package org.certex.streams.deadletter;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line behind the record limits: a record the pipeline derived but the producer or broker
 * refuses for what it is (too large, an invalid timestamp) or that cannot be encoded parks its
 * source record on the dead-letter topic with the reason, and the pipeline carries on. Any other
 * failure (the broker unreachable, authorisation) is not the record's fault: the handler gives up,
 * remembering the source record for the run's health report, and the pipeline's own failure
 * handling takes over.
 */
public final class DeadLetteringProductionHandler implements ProductionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(DeadLetteringProductionHandler.class);

  private String deadLetterTopic;
  private PipelineHealth health;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetterTopic = PipelineHealth.deadLetterTopic(configs);
    health = PipelineHealth.from(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (!refusesTheRecord(exception) || deadLetterTopic.equals(record.topic())) {
      health.failedOn(context);
      return Response.fail();
    }
    return park(context, record, exception, "the broker refused");
  }

  @Override
  public Response handleSerializationError(
      ErrorHandlerContext context,
      ProducerRecord record,
      Exception exception,
      SerializationExceptionOrigin origin) {
    return park(context, record, exception, "cannot encode the " + origin.name().toLowerCase());
  }

  private Response park(
      ErrorHandlerContext context, ProducerRecord<?, ?> record, Exception e, String what) {
    log.error(
        "A record derived from {}-{}@{} for {} could not be written ({}); source parked on {}",
        context.topic(),
        context.partition(),
        context.offset(),
        record.topic(),
        e.toString(),
        deadLetterTopic);
    health.deadLettered();
    String reason = what + " a record derived for " + record.topic() + ": " + e.getMessage();
    return Response.resume(
        List.of(BoundedDeadLetter.ofSource(context, deadLetterTopic, reason, e)));
  }

  private static boolean refusesTheRecord(Exception exception) {
    return exception instanceof RecordTooLargeException
        || exception instanceof RecordBatchTooLargeException
        || exception instanceof InvalidRecordException
        || exception instanceof InvalidTimestampException;
  }
}
