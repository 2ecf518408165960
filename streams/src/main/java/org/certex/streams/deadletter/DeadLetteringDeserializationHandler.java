package org.certex.streams.deadletter;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.SchemaLogUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks a record that cannot be decoded (random bytes, truncated Avro, an unknown schema) on the
 * run's dead-letter topic, cut to fit ({@link BoundedDeadLetter}), and carries on. Kafka's own
 * handler would park the raw record with its full stack trace, which does not fit for a record near
 * the broker's limit and would then stop the pipeline.
 *
 * <p>A record whose writer schema could not be looked up because the schema log did not answer
 * ({@link SchemaLogUnavailable}) is not parked: nothing is known to be wrong with it, so the stream
 * thread fails and its replacement reads it again.
 */
public final class DeadLetteringDeserializationHandler extends RunErrorHandler
    implements DeserializationExceptionHandler {

  private static final Logger log =
      LoggerFactory.getLogger(DeadLetteringDeserializationHandler.class);

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    if (exception instanceof SchemaLogUnavailable) {
      log.error(
          "Record at {}-{}@{} not decoded, the schema log did not answer: {}",
          context.topic(),
          context.partition(),
          context.offset(),
          exception.getMessage());
      return Response.fail();
    }
    if (health.deadLettered()) {
      log.warn(
          "Undecodable record at {}-{}@{} parked on {} ({} so far): {}",
          context.topic(),
          context.partition(),
          context.offset(),
          deadLetterTopic,
          health.deadLetters(),
          exception.getMessage());
    }
    String reason = DeadLetters.UNDECODABLE + exception.getMessage();
    return Response.resume(
        List.of(BoundedDeadLetter.ofSource(context, deadLetterTopic, reason, exception)));
  }
}
