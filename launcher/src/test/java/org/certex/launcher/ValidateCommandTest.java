package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("certex validate")
class ValidateCommandTest {

  /** EPS reports to CERT-RS at TLP:AMBER+STRICT; CERT-RS is expected to share it (line 16). */
  private static final String REFUSED_SHARE =
      """
      exercise: {id: strict, title: Strict, start: 2021-12-07T08:00:00Z, duration: 6h}
      participants:
        - {id: CERT-RS, name: CERT, country: RS, kind: national-csirt}
        - {id: EPS, name: Power utility, country: RS, kind: operator}
        - {id: MIL-CERT, name: Military CERT, country: RS, kind: military-cert}
      injects:
        - id: inj-1
          at: 1h
          from: EPS
          alert:
            to: [CERT-RS]
            tlp: TLP:AMBER+STRICT
            rsit: malicious-code/infected-system
            severity: high
          expect:
            - id: e-1
              who: CERT-RS
              action: share
              within: 1h
              targets: [MIL-CERT]
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int validate(String... args) {
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "validate";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  @Test
  @DisplayName("prints sharing warnings located at the expectation; they fail only with --strict")
  void warnings() throws Exception {
    Path file = Files.writeString(dir.resolve("strict.yaml"), REFUSED_SHARE);
    String warning =
        file
            + ":16:9: warning: expectation 'e-1' expects CERT-RS to share alert 'inj-1'"
            + " (TLP:AMBER+STRICT) with MIL-CERT; the policy refuses: TLP:AMBER+STRICT may not be"
            + " passed on (AMBER_STRICT_NO_ONWARD_SHARING); the source's GRANT_PERMISSION could"
            + " deliver it (grant-permission by EPS)";

    assertThat(validate(file.toString())).isZero();
    assertThat(err.toString().lines()).containsExactly(warning);
    assertThat(out.toString().lines()).containsExactly(file + ": valid, 1 sharing warning");

    assertThat(validate("--strict", file.toString())).isEqualTo(1);
    assertThat(out.toString().lines()).endsWith(file + ": valid, but 1 sharing warning (--strict)");
  }

  @Test
  @DisplayName("a clean file is valid, also with --strict; a broken one fails with its problems")
  void cleanAndBroken() throws Exception {
    Path clean =
        Files.writeString(
            dir.resolve("clean.yaml"), REFUSED_SHARE.replace("action: share", "action: notify"));
    Path broken =
        Files.writeString(
            dir.resolve("broken.yaml"), REFUSED_SHARE.replace("action: share", "action: shar"));

    assertThat(validate("--strict", clean.toString())).isZero();
    assertThat(out.toString().lines()).containsExactly(clean + ": valid");
    assertThat(err.toString()).isEmpty();

    assertThat(validate(clean.toString(), broken.toString())).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            broken + ":18:17: unknown action 'shar' in 'action'; did you mean 'share'?");
  }

  @Test
  @DisplayName("refuses, located, what run would refuse: a cross-border alert without countries")
  void crossBorderWithoutCountries() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("cross-border.yaml"),
            REFUSED_SHARE
                .replace("action: share", "action: notify")
                .replace("severity: high", "severity: high\n      cross-border: true"));

    assertThat(validate("--strict", file.toString())).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            file
                + ":15:21: a cross-border alert must name its affected countries; list them in"
                + " 'affected-countries', e.g. [RS, HU]");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName(
      "refuses, located, an exercise id of 300 characters and a noise rate of 100,000,000/s")
  void limitsOfARun() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("limits.yaml"),
            REFUSED_SHARE
                    .replace("action: share", "action: notify")
                    .replace("id: strict", "id: " + "s".repeat(300))
                + """
                noise:
                  - {from: EPS, to: [CERT-RS], rate: 100000000/s, rsit: {"fraud/phishing": 1}, tlp: {"TLP:GREEN": 1}}
                """);

    assertThat(validate(file.toString())).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            file + ":1:16: 'id' has 300 characters; at most 64",
            file
                + ":22:38: noise adds up to 100,000,000.0 alerts per second of scenario time with"
                + " this profile; at most 1,000, all profiles together",
            file
                + ":22:38: noise adds up to 2,160,000,000,000 alerts over the exercise (6h) with this"
                + " profile; at most 1,000,000, all profiles together");
  }
}
