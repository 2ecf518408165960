package org.certex.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certex.dashboard.ExerciseFixtures.pipelineFailed;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.PipelineStatus;
import org.certex.dashboard.views.ExerciseEvent.PipelineReported;
import org.certex.dashboard.views.PipelineView;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the pipelines topic")
class PipelineReportDecoderTest {

  private static final String RUN = "log4shell-20261123-090000";
  private final PipelineReportDecoder decoder = new PipelineReportDecoder();

  @Test
  @DisplayName("a failed pipeline's report keeps its state, reason, record position and reporter")
  void failedReport() {
    PipelineReported reported =
        decoder.reported(record(RUN, pipelineFailed(RUN, "boom", "alert-7"))).orElseThrow();

    assertThat(reported.runId()).isEqualTo(RUN);
    PipelineView pipeline = reported.pipeline();
    assertThat(pipeline.failed()).isTrue();
    assertThat(pipeline.reason()).isEqualTo("boom");
    assertThat(pipeline.failedRecord())
        .isEqualTo(new PipelineView.FailedRecord("certex." + RUN + ".alerts", 2, 41, "alert-7"));
    assertThat(pipeline.host()).isEqualTo("streams-host-1 (pid 4242)");
  }

  @Test
  @DisplayName("a long reason is cut to RecordLimits.REASON_CHARS")
  void longReasonIsCut() {
    PipelineStatus status = pipelineFailed(RUN, "x".repeat(100_000), "alert-7");

    PipelineView pipeline = decoder.reported(record(RUN, status)).orElseThrow().pipeline();

    assertThat(pipeline.reason()).hasSize(RecordLimits.REASON_CHARS).endsWith("…");
  }

  @Test
  @DisplayName("a tombstone says nothing; a report under another run's key is refused")
  void tombstoneAndWrongKey() {
    ConsumerRecord<byte[], byte[]> tombstone =
        new ConsumerRecord<>(TopicCatalogue.pipelines().name(), 0, 0, bytes(RUN), null);

    assertThat(decoder.reported(tombstone)).isEmpty();
    assertThatThrownBy(
            () -> decoder.reported(record("other-run", pipelineFailed(RUN, "boom", "alert-7"))))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("key of another run");
  }

  private static ConsumerRecord<byte[], byte[]> record(String key, PipelineStatus status) {
    String topic = TopicCatalogue.pipelines().name();
    return new ConsumerRecord<>(
        topic,
        0,
        0,
        bytes(key),
        TopicCatalogue.pipelines().valueSerde().serializer().serialize(topic, status));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
