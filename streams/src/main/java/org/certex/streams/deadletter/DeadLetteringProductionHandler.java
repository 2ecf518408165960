package org.certex.streams.deadletter;

import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.certex.schemas.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Behind the record limits: a record the pipeline derived that cannot be encoded, or that encodes
 * past {@code RecordLimits.RECORD_BYTES} (the serde refuses it before any producer sees it), parks
 * its source record on the dead-letter topic with the reason, and the pipeline carries on.
 *
 * <p>A record the broker itself refuses is another matter: under exactly-once the refusal has
 * already doomed the open transaction, so nothing can be written in its place (a dead letter would
 * wait for the transaction and time out). The handler then gives up, remembering the source record,
 * and the run's health report names it ({@code RunStreams}).
 */
public final class DeadLetteringProductionHandler extends RunErrorHandler
    implements ProductionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(DeadLetteringProductionHandler.class);

  @Override
  public Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    log.error(
        "The broker refused a record for {} derived from {}-{}@{}: {}",
        record.topic(),
        context.topic(),
        context.partition(),
        context.offset(),
        exception.toString());
    health.failedOn(context);
    return Response.fail();
  }

  @Override
  public Response handleSerializationError(
      ErrorHandlerContext context,
      ProducerRecord record,
      Exception exception,
      SerializationExceptionOrigin origin) {
    if (health.deadLettered()) {
      log.error(
          "A record derived from {}-{}@{} for {} cannot be written ({}); source parked on {}",
          context.topic(),
          context.partition(),
          context.offset(),
          record.topic(),
          exception.getMessage(),
          deadLetterTopic);
    }
    String reason = DeadLetters.UNWRITABLE + record.topic() + ": " + exception.getMessage();
    return Response.resume(
        List.of(BoundedDeadLetter.ofSource(context, deadLetterTopic, reason, exception)));
  }
}
