package org.certex.producers.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small scenario files for tests, written to a temporary folder. */
final class ScenarioTexts {

  /**
   * A valid scenario; tests change one line of it. Line numbers: exercise id 2, start 4, duration
   * 5, first participant 7-11, second participant 12-15, alert 17-23 (tlp at 21).
   */
  static final String MINIMAL =
      """
      exercise:
        id: drill
        title: Drill
        start: 2021-12-07T08:00:00Z
        duration: 6h
      participants:
        - id: CERT-RS
          name: National CERT
          country: RS
          kind: national-csirt
          played-by: trainees
        - id: EPS
          name: Power utility
          country: RS
          kind: operator
      alerts:
        - id: a1
          at: 2m
          from: EPS
          to: [CERT-RS]
          tlp: TLP:AMBER
          rsit: malicious-code/infected-system
          severity: high
      """;

  /** A second alert to append to {@link #MINIMAL}; its lines start at 24. */
  static final String SECOND_ALERT =
      """
        - id: a2
          at: 10m
          from: CERT-RS
          to: [EPS]
          tlp: TLP:GREEN
          rsit: malicious-code/infected-system
          severity: medium
      """;

  private ScenarioTexts() {}

  static Path write(Path dir, String yaml) {
    try {
      return Files.writeString(Files.createTempFile(dir, "scenario", ".yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ScenarioProblem> problemsOf(Path dir, String yaml) {
    return new ScenarioLoader().validate(write(dir, yaml));
  }

  /** {@link #MINIMAL} with the first occurrence of {@code line} replaced. */
  static String minimalWith(String line, String replacement) {
    if (!MINIMAL.contains(line)) {
      throw new IllegalArgumentException("not in MINIMAL: " + line);
    }
    return MINIMAL.replaceFirst(Pattern.quote(line), Matcher.quoteReplacement(replacement));
  }
}
