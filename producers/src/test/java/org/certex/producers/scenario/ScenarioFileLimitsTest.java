package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is checked of a scenario file before, and while, it is parsed. */
@DisplayName("Reading a scenario file within its limits")
class ScenarioFileLimitsTest {

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(Path file) {
    return new ScenarioLoader().validate(file);
  }

  /** {@link ScenarioTexts#MINIMAL} with a text of {@code chars} characters on one line. */
  private Path withText(String name, int chars) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(MINIMAL.getBytes(StandardCharsets.UTF_8));
      out.write("    text: \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
      for (int left = chars; left > 0; left -= chunk.length) {
        out.write(chunk, 0, Math.min(left, chunk.length));
      }
      out.write("\"\n".getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  @DisplayName("refuses a 20 MB file before parsing it, at its first line")
  void oversizedFile() throws IOException {
    Path file = withText("huge.yaml", 20 * 1024 * 1024);

    assertThat(problemsOf(file))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                1,
                1,
                String.format(
                    "the file has %,d bytes; a scenario file may have at most 4,194,304 (4 MiB)",
                    Files.size(file))));
  }

  @Test
  @DisplayName("refuses a 3 MB scalar at the line it is on, without parsing it")
  void overlongLine() throws IOException {
    Path file = withText("long-line.yaml", 3 * 1024 * 1024);

    assertThat(problemsOf(file))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                24,
                65_537,
                "line 24 has 3,145,740 characters; at most 65,536: write a long text over several"
                    + " lines with a block scalar (| or >)"));
  }

  @Test
  @DisplayName("refuses a text over the record limit at its value, however it is written")
  void overlongText() throws IOException {
    Path oneLine = withText("text.yaml", 16_385);
    String block =
        minimalWith(
            "    severity: high",
            "    severity: high\n    text: |\n"
                + "      a line of forty characters, then..\n".repeat(500));

    assertThat(problemsOf(oneLine))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(24, 11, "'text' has 16,385 characters; at most 16,384"));
    assertThat(ScenarioTexts.problemsOf(dir, block))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(tuple(24, 11, "'text' has 17,500 characters; at most 16,384"));
  }

  @Test
  @DisplayName("reports a byte that is not UTF-8 where it is, not at the start of the file")
  void notUtf8() throws IOException {
    byte[] latin1 =
        minimalWith("    name: Power utility", "    name: Électricité")
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.yaml"), latin1);

    assertThat(problemsOf(file))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                13,
                11,
                "the file is not UTF-8: byte 0xC9 (at offset 223) is not valid UTF-8 here;"
                    + " save the file as UTF-8"));
  }

  @Test
  @DisplayName("accepts UTF-8 with a byte-order mark and reads accents as written")
  void utf8WithByteOrderMark() throws Exception {
    String yaml = "\uFEFF" + minimalWith("    name: Power utility", "    name: Électricité");
    Path file = Files.writeString(dir.resolve("bom.yaml"), yaml);

    assertThat(new ScenarioLoader().load(file).participant("EPS").orElseThrow().name())
        .isEqualTo("Électricité");
  }

  @Test
  @DisplayName("escapes control characters of values in messages, and locates raw ones")
  void controlCharacters() {
    String escaped = minimalWith("  - id: EPS", "  - id: \"EPS\\a\"");
    String raw = minimalWith("    name: Power utility", "    name: Power\u0007utility");

    assertThat(ScenarioTexts.problemsOf(dir, escaped))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .contains(
            tuple(
                12,
                9,
                "invalid participant id 'EPS\\u0007' in 'id'; use letters, digits, '-' and '_',"
                    + " starting with a letter or digit (it becomes part of Kafka topic names)"));
    assertThat(ScenarioTexts.problemsOf(dir, raw))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                13,
                16,
                "character U+0007 is not allowed in a YAML file; inside double quotes write it as"
                    + " an escape, e.g. \"\\u0007\""));
  }

  @Test
  @DisplayName("quotes only the start of a long unknown key")
  void longUnknownKey() {
    // YAML keeps simple keys under 1,024 characters.
    String key = "k".repeat(1_000);

    assertThat(
            ScenarioTexts.problemsOf(dir, minimalWith("    severity: high", "    " + key + ": 1")))
        .extracting(ScenarioProblem::message)
        .anySatisfy(
            message ->
                assertThat(message)
                    .startsWith("unknown key '" + "k".repeat(80) + "…' (1,000 characters)")
                    .hasSizeLessThan(500));
  }
}
