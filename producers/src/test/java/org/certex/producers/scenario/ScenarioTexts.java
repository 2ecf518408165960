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

  /**
   * {@link #MINIMAL} with an MSEL: an alert inject at 1h whose expectation has a contingency and a
   * branch, the contingency (a phone call) and a media report at 3h. Line numbers: injects 24,
   * inj-01 25-45 (alert 30-34, expectation exp-01 36-42, branch 44-45), inj-02 46-52, inj-03 53-60.
   */
  static final String MSEL =
      MINIMAL
          + """
          injects:
            - id: inj-01
              at: 1h
              from: EPS
              objective: Detect and report
              controller: ExCon energy desk
              alert:
                to: [CERT-RS]
                tlp: TLP:AMBER
                rsit: malicious-code/infected-system
                severity: high
              expect:
                - id: exp-01
                  who: CERT-RS
                  action: notify
                  within: 2h
                  targets: [EPS]
                  description: CERT-RS warns EPS
                  contingency: inj-02
              branches:
                - when: {expectation: exp-01, outcome: met}
                  then: inj-03
            - id: inj-02
              from: EPS
              contingency: true
              message:
                kind: phone-call
                to: [CERT-RS]
                subject: Did you see our report?
            - id: inj-03
              at: 3h
              from: CERT-RS
              message:
                kind: media-report
                to: [EPS]
                subject: Power cut rumours
                body: A news site reports a blackout in Belgrade.
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
    return replaced(MINIMAL, line, replacement);
  }

  /** {@link #MSEL} with the first occurrence of {@code line} replaced. */
  static String mselWith(String line, String replacement) {
    return replaced(MSEL, line, replacement);
  }

  private static String replaced(String yaml, String line, String replacement) {
    if (!yaml.contains(line)) {
      throw new IllegalArgumentException("not in the scenario: " + line);
    }
    return yaml.replaceFirst(Pattern.quote(line), Matcher.quoteReplacement(replacement));
  }
}
