package org.certex.launcher;

import java.util.ArrayList;
import java.util.List;
import org.certex.streams.policy.SharingFacts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alerts given to {@code certex policy explain}: JSON lines (one JSON object per line, as a
 * planner exports an MSEL's alerts), or one JSON object over several lines. Each line is read on
 * its own, so one bad line is reported with its number and the others are still explained.
 */
final class AlertLines {

  /** One alert read, or the sentence saying why its line is not one. */
  record Line(int number, SharingFacts alert, String problem) {

    boolean readable() {
      return alert != null;
    }
  }

  private static final JsonMapper WHOLE =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private AlertLines() {}

  static List<Line> read(String content) {
    List<String> lines = content.lines().toList();
    if (lines.stream().filter(line -> !line.isBlank()).count() > 1 && isOneObject(content)) {
      return List.of(line(firstFilled(lines), content));
    }
    List<Line> read = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        read.add(line(i + 1, lines.get(i)));
      }
    }
    return read;
  }

  private static Line line(int number, String json) {
    try {
      return new Line(number, AlertJson.parse(json), null);
    } catch (IllegalArgumentException e) {
      return new Line(number, null, e.getMessage());
    }
  }

  private static boolean isOneObject(String content) {
    try {
      return WHOLE.readTree(content).isObject();
    } catch (JacksonException e) {
      return false;
    }
  }

  private static int firstFilled(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i + 1;
      }
    }
    return 1;
  }
}
