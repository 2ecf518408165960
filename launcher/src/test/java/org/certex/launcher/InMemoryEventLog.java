package org.certex.launcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log as it was before it was streamed: every event held in a list, sorted with this
 * comparator and written with this writer (copied from the former {@code EventLog}). The streamed
 * log must write the same bytes; this is the oracle it is checked against.
 */
final class InMemoryEventLog {

  /** One event: its scenario time, the topic kind, its key and its value as plain JSON data. */
  record Event(Instant time, int rank, String topic, String key, Map<String, Object> value) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Comparator<Event> ORDER =
      Comparator.comparing(Event::time)
          .thenComparingInt(Event::rank)
          .thenComparing(Event::key)
          .thenComparing(e -> JSON.writeValueAsString(e.value()));

  /** The topic kinds in rank order, as the log names them. */
  static final List<String> KINDS =
      List.of(
          "control",
          "injects",
          "alerts",
          "decisions",
          "deliveries",
          "actions",
          "expectations",
          "clocks",
          "incidents",
          "attribution",
          "dlq");

  private InMemoryEventLog() {}

  /** The lines the former log wrote for {@code events}. */
  static List<String> lines(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(ORDER);
    List<String> lines = new ArrayList<>();
    for (Event e : sorted) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("time", e.time().toString());
      line.put("topic", e.topic());
      line.put("key", e.key());
      line.put("value", e.value());
      lines.add(JSON.writeValueAsString(line));
    }
    return lines;
  }

  /** An event read back from a line of {@code events.jsonl}. */
  static Event parse(String line) {
    Map<String, Object> map =
        JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {});
    String topic = (String) map.get("topic");
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) map.get("value");
    return new Event(
        Instant.parse((String) map.get("time")),
        KINDS.indexOf(topic),
        topic,
        (String) map.get("key"),
        value);
  }

  /** The event as the streamed log holds it. */
  static LogLine streamed(Event e) {
    return new LogLine(
        e.time().toEpochMilli(), e.rank(), e.topic(), e.key(), JSON.writeValueAsString(e.value()));
  }
}
