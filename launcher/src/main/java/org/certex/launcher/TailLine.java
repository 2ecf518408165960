package org.certex.launcher;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.certex.dashboard.feed.RunTopicKind;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.SentAt;
import org.certex.schemas.TopicSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record of a run's topic as a JSON line, for {@code certex tail}: where it is, its scenario
 * time, key and certex headers as text, and its value decoded from the single-object Avro frame. A
 * dead letter's bytes may be anything, so it shows why it was refused and the bytes in base64; a
 * record that does not decode shows the error and its bytes, and never stops the tail.
 */
final class TailLine {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RunTopicKind kind;
  private final TopicSpec<?, ?> spec;

  TailLine(RunTopics topics, RunTopicKind kind) {
    this.kind = kind;
    this.spec = kind.of(topics);
  }

  String of(ConsumerRecord<byte[], byte[]> record) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("topic", record.topic());
    line.put("partition", record.partition());
    line.put("offset", record.offset());
    line.put("timestamp", Instant.ofEpochMilli(Math.max(0, record.timestamp())).toString());
    line.put("key", record.key() == null ? null : text(record.key()));
    line.put("headers", headers(record));
    if (kind == RunTopicKind.DEAD_LETTERS) {
      line.put("value", deadLetter(record));
    } else if (record.value() == null) {
      line.put("value", null);
    } else {
      try {
        Object value = spec.valueSerde().deserializer().deserialize(record.topic(), record.value());
        line.put("value", AvroJson.toMap((IndexedRecord) value));
      } catch (RuntimeException e) {
        line.put("error", "cannot decode the record: " + e.getMessage());
        line.put("bytes", base64(record.value()));
      }
    }
    return JSON.writeValueAsString(line);
  }

  /**
   * The certex headers (and Kafka Streams' error headers on dead letters), as text; the wall-clock
   * instant a record was sent ({@link SentAt}, eight bytes) as an ISO instant.
   */
  private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      if (header.key().equals(SentAt.HEADER)) {
        headers.put(header.key(), sentAt(header.value()));
      } else if (header.key().startsWith("certex.")
          || header.key().startsWith("__streams.errors.")) {
        headers.put(header.key(), header.value() == null ? null : text(header.value()));
      }
    }
    return headers;
  }

  private static Map<String, Object> deadLetter(ConsumerRecord<byte[], byte[]> record) {
    Map<String, Object> value = new LinkedHashMap<>();
    String reason = header(record, DeadLetters.REASON);
    value.put("reason", reason != null ? reason : header(record, DeadLetters.STREAMS_MESSAGE));
    value.put("sourceTopic", header(record, DeadLetters.SOURCE_TOPIC));
    value.put("sourcePartition", header(record, DeadLetters.SOURCE_PARTITION));
    value.put("sourceOffset", header(record, DeadLetters.SOURCE_OFFSET));
    value.put("bytes", record.value() == null ? null : base64(record.value()));
    return value;
  }

  private static String sentAt(byte[] value) {
    if (value == null || value.length != Long.BYTES) {
      return value == null ? null : base64(value);
    }
    long micros = ByteBuffer.wrap(value).getLong();
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? null : text(header.value());
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
