package org.certex.dashboard.feed;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.certex.avro.ExerciseRun;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.schemas.RunTopics;

/**
 * The one translation of a run's records into the fold's {@link ExerciseEvent}s, used by the live
 * feed ({@link RunFeed}) and by every reader of a run's log ({@link RunLog}: replay, debrief,
 * export, the dry run's summary), so that they cannot read the same record differently.
 *
 * <p>A record that cannot be decoded, or that claims another run than its topic's, raises {@link
 * SerializationException} (or another {@link RuntimeException}); callers count it and move on.
 */
public final class RunEvents {

  private final ExerciseEventDecoder decoder;
  private final ExerciseLogDecoder played = new ExerciseLogDecoder();

  public RunEvents() {
    this(new ExerciseEventDecoder());
  }

  RunEvents(ExerciseEventDecoder decoder) {
    this.decoder = decoder;
  }

  /** What the run's record on the runs topic tells the fold: the run, then its MSEL. */
  public List<ExerciseEvent> recorded(ExerciseRun run) {
    return List.of(decoder.recorded(run), EngineRecords.msel(run));
  }

  /**
   * The events of one record of {@code kind}'s topic of {@code run}: none for a record the fold
   * passes over (an alert's own decision, a request of exercise control, a raw alert).
   */
  public List<ExerciseEvent> of(
      RunTopics run, RunTopicKind kind, ConsumerRecord<byte[], byte[]> record) {
    return switch (kind) {
      case DELIVERIES -> List.of(decoder.delivered(run, record));
      case DECISIONS -> decoder.decided(run, record);
      case CONTROL -> decoder.control(run, record);
      case DEAD_LETTERS -> List.of(decoder.deadLettered(run, record));
      case INJECTS -> List.of(played.injected(run, record));
      case EXPECTATIONS -> List.of(played.settled(run, record));
      case ACTIONS -> List.of(played.acted(run, record));
      case CLOCKS -> List.of(played.reportingClock(run, record));
      case INCIDENTS -> List.of(played.incident(run, record));
      case ATTRIBUTION -> List.of(played.attribution(run, record));
      case ALERTS -> List.of();
    };
  }
}
