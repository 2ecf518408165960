package org.certex.streams.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.SchemaLogUnavailable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which undecodable records the pipeline parks, and which it reads again. */
class DeadLetteringDeserializationHandlerTest {

  private static final String DLQ = "certex.r.dlq";
  private static final byte[] VALUE = {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8};

  private final DeadLetteringDeserializationHandler handler = configured();
  private final ConsumerRecord<byte[], byte[]> record =
      new ConsumerRecord<>("certex.r.alerts", 0, 7, "a-1".getBytes(StandardCharsets.UTF_8), VALUE);

  @Test
  @DisplayName("a record that cannot be decoded is parked on the dead-letter topic with the reason")
  void undecodableIsParked() {
    var response =
        handler.handleError(
            new Source(),
            record,
            new SerializationException("Cannot resolve schema for fingerprint: 1"));

    assertThat(response.result()).isEqualTo(Result.RESUME);
    assertThat(response.deadLetterQueueRecords())
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.topic()).isEqualTo(DLQ);
              assertThat(
                      new String(
                          letter.headers().lastHeader(DeadLetters.REASON).value(),
                          StandardCharsets.UTF_8))
                  .isEqualTo(DeadLetters.UNDECODABLE + "Cannot resolve schema for fingerprint: 1");
            });
  }

  @Test
  @DisplayName(
      "a record whose schema could not be looked up is not parked: the thread fails and reads it"
          + " again")
  void schemaLogDownIsNotABadRecord() {
    var response =
        handler.handleError(
            new Source(),
            record,
            new SchemaLogUnavailable("cannot read certex.schemas to its end"));

    assertThat(response.result()).isEqualTo(Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  private static DeadLetteringDeserializationHandler configured() {
    var handler = new DeadLetteringDeserializationHandler();
    handler.configure(
        Map.of(
            StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
            DLQ,
            PipelineHealth.CONFIG,
            new PipelineHealth()));
    return handler;
  }

  /** Where the record came from, as Kafka Streams tells a handler. */
  private static final class Source implements ErrorHandlerContext {
    @Override
    public String topic() {
      return "certex.r.alerts";
    }

    @Override
    public int partition() {
      return 0;
    }

    @Override
    public long offset() {
      return 7;
    }

    @Override
    public Headers headers() {
      return new RecordHeaders();
    }

    @Override
    public String processorNodeId() {
      return "alerts-source";
    }

    @Override
    public TaskId taskId() {
      return new TaskId(0, 0);
    }

    @Override
    public long timestamp() {
      return 0;
    }

    @Override
    public byte[] sourceRawKey() {
      return "a-1".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] sourceRawValue() {
      return VALUE;
    }
  }
}
