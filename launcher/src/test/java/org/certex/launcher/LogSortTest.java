package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The event log's external sort")
class LogSortTest {

  @TempDir Path dir;

  private static List<LogLine> shuffled(int count) {
    SplittableRandom random = new SplittableRandom(3);
    List<LogLine> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(
          new LogLine(
              random.nextInt(50),
              random.nextInt(8),
              "alerts",
              "key-" + random.nextInt(20),
              "{\"n\":" + random.nextInt(5) + "}"));
    }
    return lines;
  }

  private List<Path> left() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  @DisplayName("spills small chunks, merges them in several passes, and deletes every file")
  void spillsAndMerges() throws Exception {
    List<LogLine> lines = shuffled(1_000);
    List<LogLine> merged = new ArrayList<>();
    try (LogSort sort = new LogSort(dir, 1_500, 3)) {
      for (LogLine line : lines) {
        sort.add(line);
      }
      assertThat(sort.spills()).isGreaterThan(50);
      assertThat(sort.lines()).isEqualTo(1_000);
      sort.drainTo(merged::add);
    }

    assertThat(merged)
        .isSortedAccordingTo(LogLine.ORDER)
        .containsExactlyInAnyOrderElementsOf(lines);
    assertThat(left()).isEmpty();
  }

  @Test
  @DisplayName("deletes its files when writing the merged lines fails")
  void deletesOnFailure() throws Exception {
    try (LogSort sort = new LogSort(dir, 1_500, 3)) {
      for (LogLine line : shuffled(300)) {
        sort.add(line);
      }
      assertThat(left())
          .singleElement()
          .satisfies(folder -> assertThat(folder).isNotEmptyDirectory());
      assertThatThrownBy(
              () ->
                  sort.drainTo(
                      line -> {
                        throw new IOException("disk full");
                      }))
          .hasMessage("disk full");
    }

    assertThat(left()).isEmpty();
  }

  @Test
  @DisplayName("an empty log merges to nothing")
  void empty() throws Exception {
    List<LogLine> merged = new ArrayList<>();
    try (LogSort sort = new LogSort(dir, 1_500, 3)) {
      sort.drainTo(merged::add);
    }
    assertThat(merged).isEmpty();
  }
}
