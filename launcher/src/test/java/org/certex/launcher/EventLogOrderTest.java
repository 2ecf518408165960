package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.certex.launcher.InMemoryEventLog.Event;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed event log writes the bytes the in-memory one wrote: same order, same lines, on
 * events full of ties (same instant, same kind, same key, same content) and of keys and values
 * whose characters sort or escape differently (accents, a character beyond the BMP, quotes, control
 * characters).
 */
@DisplayName("The streamed event log, against the in-memory one")
class EventLogOrderTest {

  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
  private static final List<String> KEYS =
      List.of(
          "a",
          "B",
          "alert-1",
          "alert-10",
          "alert-2",
          "é",
          "日本",
          "\uD83D\uDE00",
          "\uFFFD",
          "quote\"d",
          "back\\slash",
          "new\nline",
          "");

  @TempDir Path dir;

  private static List<Event> eventsWithTies(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int rank = random.nextInt(InMemoryEventLog.KINDS.size());
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("id", KEYS.get(random.nextInt(KEYS.size())));
      value.put("n", random.nextInt(3));
      value.put("nested", Map.of("deliver", random.nextBoolean()));
      value.put("none", null);
      events.add(
          new Event(
              T0.plusMillis(random.nextInt(4) * 1000L + random.nextInt(2)),
              rank,
              InMemoryEventLog.KINDS.get(rank),
              KEYS.get(random.nextInt(KEYS.size())),
              value));
    }
    return events;
  }

  private List<String> streamed(List<Event> events, long chunkBytes, int fanIn) throws IOException {
    List<String> lines = new ArrayList<>();
    try (LogSort sort = new LogSort(dir, chunkBytes, fanIn)) {
      for (Event e : events) {
        sort.add(InMemoryEventLog.streamed(e));
      }
      sort.drainTo(line -> lines.add(line.json()));
    }
    return lines;
  }

  @Test
  @DisplayName("writes the same lines in the same order, spilled in many chunks or in none")
  void sameBytes() throws Exception {
    List<Event> events = eventsWithTies(3_000, 42);
    List<String> expected = InMemoryEventLog.lines(events);

    assertThat(streamed(events, 2_000, 4)).isEqualTo(expected);
    assertThat(streamed(events, LogSort.CHUNK_BYTES, ChunkMerge.DEFAULT_FAN_IN))
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("reads back each line as the event it was written from")
  void lineRoundTrip() {
    for (Event e : eventsWithTies(200, 7)) {
      String line = InMemoryEventLog.streamed(e).json();
      assertThat(InMemoryEventLog.lines(List.of(InMemoryEventLog.parse(line))))
          .containsExactly(line);
    }
  }
}
