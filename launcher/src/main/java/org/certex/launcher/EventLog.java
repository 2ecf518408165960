package org.certex.launcher;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.certex.avro.ExerciseControl;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's topics as one ordered log, {@code events.jsonl}: every control event, inject, alert,
 * decision, delivery, action, expectation outcome and dead letter, sorted by scenario time (then by
 * kind, key and content, so the order does not depend on partitions or timing), one JSON object per
 * line. Streamed: each record becomes its line as it is read, the lines are sorted outside the heap
 * ({@link LogSort}) and merged straight into the file, and what the summary needs is counted on the
 * way ({@link LogTally}); memory does not grow with the run.
 */
final class EventLog {

  /** The dead letters come last among events of the same instant. */
  static final int DEAD_LETTER_RANK = 10;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TopicScan scan;
  private final DryRunProgress progress;
  private final LogTally tally = new LogTally();

  EventLog(TopicScan scan, DryRunProgress progress) {
    this.scan = scan;
    this.progress = progress;
  }

  /**
   * Reads every committed record of the run's topics, up to their current end, and writes them to
   * {@code file} in order, sorting in {@code sort}; a file left half-written by a failure is
   * deleted.
   *
   * @return what the summary counts of the log
   */
  LogTally write(RunTopics topics, LogSort sort, Path file) throws IOException {
    List<TopicSpec<String, ? extends SpecificRecord>> kinds =
        List.of(
            topics.control(),
            topics.injects(),
            topics.alerts(),
            topics.decisions(),
            topics.deliveries(),
            topics.actions(),
            topics.expectations(),
            topics.clocks(),
            topics.incidents(),
            topics.attribution());
    TopicSpec<byte[], byte[]> deadLetters = topics.deadLetters();
    long total = scan.span(deadLetters) + kinds.stream().mapToLong(scan::span).sum();
    progress.stage();
    for (int rank = 0; rank < kinds.size(); rank++) {
      readTopic(kinds.get(rank), rank, sort, total);
    }
    scan.read(deadLetters, r -> add(sort, deadLetter(deadLetters, r), total));
    try {
      writeSorted(sort, file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return tally;
  }

  private <V extends SpecificRecord> void readTopic(
      TopicSpec<String, V> spec, int rank, LogSort sort, long total) {
    String kind = kindOf(spec);
    scan.read(
        spec,
        r -> {
          V value = spec.valueSerde().deserializer().deserialize(spec.name(), r.value());
          if (value instanceof ExerciseControl control) {
            tally.control(control);
          }
          String key =
              r.key() == null
                  ? ""
                  : spec.keySerde().deserializer().deserialize(spec.name(), r.key());
          String json = JSON.writeValueAsString(AvroJson.toMap(value));
          add(sort, new LogLine(r.timestamp(), rank, kind, key, json), total);
        });
  }

  private void add(LogSort sort, LogLine line, long total) {
    try {
      sort.add(line);
    } catch (IOException e) {
      throw new UncheckedIOException("could not spill the event log to disk", e);
    }
    tally.event(line.topic());
    progress.report(
        () -> String.format("read %,d of about %,d records of the run", sort.lines(), total));
  }

  private void writeSorted(LogSort sort, Path file) throws IOException {
    long lines = sort.lines();
    progress.stage();
    long[] written = {0};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      sort.drainTo(
          line -> {
            out.write(line.json());
            out.newLine();
            written[0]++;
            progress.report(
                () -> String.format("wrote %,d of %,d lines to %s", written[0], lines, file));
          });
    }
  }

  /**
   * A dead letter as the log shows it: why it was refused and where it came from. Its bytes may be
   * undecodable, so they are not shown.
   */
  private LogLine deadLetter(TopicSpec<?, ?> spec, ConsumerRecord<byte[], byte[]> r) {
    Map<String, Object> value = new LinkedHashMap<>();
    String reason = reasonOf(r);
    value.put("reason", reason);
    value.put("sourceTopic", header(r, DeadLetters.SOURCE_TOPIC));
    value.put("exception", header(r, DeadLetters.STREAMS_EXCEPTION));
    tally.deadLetter(reason);
    String key = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
    return new LogLine(
        r.timestamp(), DEAD_LETTER_RANK, kindOf(spec), key, JSON.writeValueAsString(value));
  }

  /** certex's own reason first, then Kafka Streams' exception message. */
  private static String reasonOf(ConsumerRecord<byte[], byte[]> r) {
    String reason = header(r, DeadLetters.REASON);
    if (reason == null) {
      reason = header(r, DeadLetters.STREAMS_MESSAGE);
    }
    return reason == null ? "(no reason given)" : reason;
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header header = r.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String kindOf(TopicSpec<?, ?> spec) {
    return spec.name().substring(spec.name().lastIndexOf('.') + 1);
  }
}
