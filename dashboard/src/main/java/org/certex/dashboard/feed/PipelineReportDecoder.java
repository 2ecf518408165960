package org.certex.dashboard.feed;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RecordPosition;
import org.certex.dashboard.views.ExerciseEvent.PipelineReported;
import org.certex.dashboard.views.PipelineView;
import org.certex.dashboard.views.PipelineView.FailedRecord;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;

/**
 * The edge where the pipelines topic's Avro stops: turns a {@code PipelineStatus} into a {@link
 * PipelineReported} event of plain Java. Texts are cut to {@link RecordLimits}' lengths, as a
 * streams process may report a long exception; a record whose key is not its run id, or whose run
 * id could not name a run, is refused ({@link SerializationException}, which the feed counts).
 */
final class PipelineReportDecoder {

  private final TopicSpec<String, PipelineStatus> topic = TopicCatalogue.pipelines();

  /** The report of a record on the pipelines topic, or empty for a tombstone. */
  Optional<PipelineReported> reported(ConsumerRecord<byte[], byte[]> record) {
    PipelineStatus status =
        topic.valueSerde().deserializer().deserialize(record.topic(), record.value());
    if (status == null) {
      return Optional.empty();
    }
    String runId = status.getRunId();
    if (!TopicCatalogue.isValidRunId(runId)) {
      throw new SerializationException("A pipeline status with a run id that names no run");
    }
    String key = topic.keySerde().deserializer().deserialize(record.topic(), record.key());
    if (key != null && !key.equals(runId)) {
      throw new SerializationException(
          "A pipeline status of run " + runId + " under the key of another run");
    }
    return of(status);
  }

  /** The report of a status already decoded and checked against its key. */
  Optional<PipelineReported> of(PipelineStatus status) {
    String runId = status.getRunId();
    if (!TopicCatalogue.isValidRunId(runId)) {
      return Optional.empty();
    }
    return Optional.of(
        new PipelineReported(
            runId,
            new PipelineView(
                status.getState().name(),
                RecordLimits.cut(status.getReason(), RecordLimits.REASON_CHARS),
                failedRecord(status.getFailedRecord()),
                RecordLimits.cut(status.getHost(), RecordLimits.SHORT_TEXT_CHARS),
                status.getAt())));
  }

  private static FailedRecord failedRecord(RecordPosition position) {
    if (position == null) {
      return null;
    }
    return new FailedRecord(
        RecordLimits.cut(position.getTopic(), RecordLimits.SHORT_TEXT_CHARS),
        position.getPartition(),
        position.getOffset(),
        position.getKey() == null
            ? null
            : RecordLimits.cut(position.getKey(), RecordLimits.ID_CHARS));
  }
}
