package org.certex.streams.deadletter;

import java.util.List;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.certex.schemas.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks the source record of a processing failure (a bug, or input no check foresaw) on the run's
 * dead-letter topic, cut to fit, and carries on with the next record.
 */
public final class DeadLetteringProcessingHandler extends RunErrorHandler
    implements ProcessingExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(DeadLetteringProcessingHandler.class);

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception e) {
    if (health.deadLettered()) {
      log.error(
          "Processing {}-{}@{} failed in {}; parked on {} ({} so far)",
          context.topic(),
          context.partition(),
          context.offset(),
          context.processorNodeId(),
          deadLetterTopic,
          health.deadLetters(),
          e);
    }
    String reason = DeadLetters.PROCESSING_FAILED + context.processorNodeId() + ": " + e;
    return Response.resume(
        List.of(BoundedDeadLetter.ofSource(context, deadLetterTopic, reason, e)));
  }
}
