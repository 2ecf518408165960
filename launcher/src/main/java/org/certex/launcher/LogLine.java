package org.certex.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event of the log, held as the JSON of its value plus what orders it, so that sorting it never
 * serializes anything again and a spilled chunk is read back without parsing JSON.
 *
 * @param time scenario time, epoch milliseconds (the record's timestamp)
 * @param rank the topic's place among the kinds of a run's topics ({@link EventLog})
 * @param topic the kind of topic, as the log shows it ({@code alerts}, {@code dlq}, ...)
 * @param key the record's key
 * @param valueJson the record's value as compact JSON
 */
record LogLine(long time, int rank, String topic, String key, String valueJson) {

  /**
   * The log's order: scenario time, then kind, key and content, so that the file depends neither on
   * partitioning nor on timing. Strings compare as {@link String#compareTo} does, which is the
   * order the log has always had.
   */
  static final Comparator<LogLine> ORDER =
      Comparator.comparingLong(LogLine::time)
          .thenComparingInt(LogLine::rank)
          .thenComparing(LogLine::key)
          .thenComparing(LogLine::valueJson);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Bytes of heap the line holds, at most (two per character, and the objects around them). */
  long heapBytes() {
    return 128 + 2L * (topic.length() + key.length() + valueJson.length());
  }

  /**
   * The line as {@code events.jsonl} has it: {@code {"time":..,"topic":..,"key":..,"value":..}},
   * exactly as Jackson writes a map of those four entries.
   */
  String json() {
    return "{\"time\":\""
        + Instant.ofEpochMilli(time)
        + "\",\"topic\":"
        + JSON.writeValueAsString(topic)
        + ",\"key\":"
        + JSON.writeValueAsString(key)
        + ",\"value\":"
        + valueJson
        + "}";
  }

  /** Appends the line to a spilled chunk. */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeLong(time);
    out.writeInt(rank);
    writeString(out, topic);
    writeString(out, key);
    writeString(out, valueJson);
  }

  /** The next line of a spilled chunk, or null at its end. */
  static LogLine readFrom(DataInputStream in) throws IOException {
    long time;
    try {
      time = in.readLong();
    } catch (EOFException end) {
      return null;
    }
    int rank = in.readInt();
    return new LogLine(time, rank, readString(in), readString(in), readString(in));
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
