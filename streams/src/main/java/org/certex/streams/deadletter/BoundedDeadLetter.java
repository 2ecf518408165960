package org.certex.streams.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RecordLimits;

/**
 * A dead-letter record that always fits what the broker takes, whatever it parks: a refused record
 * may itself be as large as the broker allows (an alert with a megabyte of text), and the reason,
 * the source's position and the source's own headers come on top. What does not fit is cut, and the
 * {@link DeadLetters#TRUNCATED} header says how much was kept, so nothing is silently lost: the
 * reason, key and position always survive, and the value whole whenever it fits.
 *
 * @param key the refused record's key, cut to {@link #KEY_BYTES}
 * @param value the refused record's value, cut to what is left of {@link RecordLimits#RECORD_BYTES}
 */
public record BoundedDeadLetter(byte[] key, byte[] value, Headers headers) {

  /** The most of a refused record's key that is kept. */
  public static final int KEY_BYTES = 1024;

  /** The most the refused record's own headers may take before they are left out. */
  public static final int SOURCE_HEADER_BYTES = 16 * 1024;

  /** Record framing, sizes and header names, counted generously. */
  private static final int OVERHEAD_BYTES = 4 * 1024;

  /**
   * @param certexHeaders the dead letter's own headers (reason, topic, position...), each cut to
   *     {@link RecordLimits#REASON_CHARS}
   */
  public static BoundedDeadLetter of(
      byte[] key, byte[] value, Headers sourceHeaders, Map<String, String> certexHeaders) {
    RecordHeaders headers = new RecordHeaders();
    int headerBytes = 0;
    int sourceBytes = sizeOf(sourceHeaders);
    boolean sourceHeadersKept = sourceBytes <= SOURCE_HEADER_BYTES;
    if (sourceHeadersKept && sourceHeaders != null) {
      for (Header header : sourceHeaders) {
        headers.add(header.key(), header.value());
      }
      headerBytes += sourceBytes;
    }
    for (Map.Entry<String, String> header : certexHeaders.entrySet()) {
      byte[] text = utf8(RecordLimits.cut(header.getValue(), RecordLimits.REASON_CHARS));
      headers.add(header.getKey(), text);
      headerBytes += utf8(header.getKey()).length + text.length;
    }
    byte[] keptKey = prefix(key, KEY_BYTES);
    int valueBudget = RecordLimits.RECORD_BYTES - OVERHEAD_BYTES - headerBytes - length(keptKey);
    byte[] keptValue = prefix(value, valueBudget);
    String truncation = truncation(key, keptKey, value, keptValue, sourceHeadersKept, sourceBytes);
    if (!truncation.isEmpty()) {
      headers.add(DeadLetters.TRUNCATED, utf8(truncation));
    }
    return new BoundedDeadLetter(keptKey, keptValue, headers);
  }

  /** The record for the dead-letter topic. */
  public ProducerRecord<byte[], byte[]> toRecord(String deadLetterTopic) {
    return new ProducerRecord<>(deadLetterTopic, null, null, key, value, headers);
  }

  /** Headers of a dead letter: the reason first, then its source, in this order. */
  public static Map<String, String> headers(
      String reason, String sourceTopic, int partition, long offset) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(DeadLetters.REASON, reason);
    headers.put(DeadLetters.SOURCE_TOPIC, sourceTopic);
    if (partition >= 0) {
      headers.put(DeadLetters.SOURCE_PARTITION, String.valueOf(partition));
      headers.put(DeadLetters.SOURCE_OFFSET, String.valueOf(offset));
    }
    return headers;
  }

  /**
   * The dead letter of the source record behind a failure Kafka Streams handed to an exception
   * handler: its raw bytes, with the reason, the exception and the record's position.
   */
  public static ProducerRecord<byte[], byte[]> ofSource(
      ErrorHandlerContext context, String deadLetterTopic, String reason, Exception exception) {
    Map<String, String> headers =
        headers(reason, context.topic(), context.partition(), context.offset());
    headers.put(DeadLetters.STREAMS_EXCEPTION, exception.getClass().getName());
    headers.put(DeadLetters.STREAMS_MESSAGE, String.valueOf(exception.getMessage()));
    return of(context.sourceRawKey(), context.sourceRawValue(), null, headers)
        .toRecord(deadLetterTopic);
  }

  private static String truncation(
      byte[] key,
      byte[] keptKey,
      byte[] value,
      byte[] keptValue,
      boolean sourceHeadersKept,
      int sourceBytes) {
    StringBuilder text = new StringBuilder();
    if (length(keptValue) < length(value)) {
      text.append(String.format("value: first %,d of %,d bytes", keptValue.length, value.length));
    }
    if (length(keptKey) < length(key)) {
      append(text, String.format("key: first %,d of %,d bytes", keptKey.length, key.length));
    }
    if (!sourceHeadersKept) {
      append(text, String.format("the record's own headers (%,d bytes) left out", sourceBytes));
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String part) {
    text.append(text.isEmpty() ? "" : "; ").append(part);
  }

  private static byte[] prefix(byte[] bytes, int limit) {
    return bytes == null || bytes.length <= limit
        ? bytes
        : Arrays.copyOf(bytes, Math.max(0, limit));
  }

  private static int sizeOf(Headers headers) {
    int size = 0;
    if (headers != null) {
      for (Header header : headers) {
        size += utf8(header.key()).length + length(header.value());
      }
    }
    return size;
  }

  private static int length(byte[] bytes) {
    return bytes == null ? 0 : bytes.length;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
