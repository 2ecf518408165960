package org.certex.producers.scenario;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of a scenario file's bytes, drawn from a seeded {@link Random}: what a hand edit, a bad
 * merge, a copy from a web page or a hostile file does to YAML. Each returns the mutated bytes and
 * its name is kept so a failure says what was done.
 */
final class ScenarioMutations {

  /** One mutation's name and result. */
  record Mutant(String name, byte[] bytes) {}

  private static final Pattern VALUE = Pattern.compile("^(\\s*-?\\s*[\\w-]+:\\s+)(\\S.*)$");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final List<String> ODD_VALUES =
      List.of(
          "[1, 2, 3]",
          "{a: 1, b: [x]}",
          "true",
          "null",
          "~",
          "''",
          "\"\"",
          "99999999999999999999999999999",
          "-99999999999999999999",
          "1e400",
          ".nan",
          "-.inf",
          "0x7fffffffffffffff",
          "2021-02-30T25:61:00Z",
          "P9999999999D",
          "!!binary aGVsbG8=",
          "!!java.lang.Object {}",
          "*undefined",
          "&anchor",
          "\"\\uD800\"",
          "|",
          ">-",
          "'unterminated",
          "\"unterminated",
          "{",
          "[",
          "- item",
          "key: value: other");

  private final Random random;
  private final List<String> prose;

  ScenarioMutations(Random random, List<String> prose) {
    this.random = random;
    this.prose = prose;
  }

  Mutant mutate(byte[] seed) {
    return switch (random.nextInt(16)) {
      case 0 -> lines("delete line", seed, this::deleteLine);
      case 1 -> lines("duplicate line", seed, this::duplicateLine);
      case 2 -> lines("swap lines", seed, this::swapLines);
      case 3 -> lines("change a value's type", seed, this::oddValue);
      case 4 -> lines("huge number", seed, this::hugeNumber);
      case 5 -> lines("re-indent", seed, this::reindent);
      case 6 -> lines("insert prose", seed, this::insertProse);
      case 7 -> append("deep nesting", seed, deepNesting());
      case 8 -> append("alias bomb", seed, aliasBomb());
      case 9 -> new Mutant("invalid UTF-8", invalidUtf8(seed));
      case 10 -> new Mutant("truncate", Arrays.copyOf(seed, random.nextInt(seed.length)));
      case 11 -> new Mutant("control characters", controlCharacters(seed));
      case 12 -> lines("tab indent", seed, l -> tabs(l));
      case 13 -> new Mutant("random bytes", randomBytes(seed));
      case 14 -> lines("duplicate key block", seed, this::duplicateBlock);
      default -> lines("several edits", seed, this::severalEdits);
    };
  }

  /** A file past {@link ScenarioLimits#FILE_BYTES}: the seed repeated. */
  static Mutant enormous(byte[] seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (out.size() <= ScenarioLimits.FILE_BYTES) {
      out.writeBytes(seed);
    }
    return new Mutant("enormous file", out.toByteArray());
  }

  private interface LineEdit {
    void apply(List<String> lines);
  }

  private static Mutant lines(String name, byte[] seed, LineEdit edit) {
    List<String> lines = new ArrayList<>(new String(seed, StandardCharsets.UTF_8).lines().toList());
    if (!lines.isEmpty()) {
      edit.apply(lines);
    }
    return new Mutant(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static Mutant append(String name, byte[] seed, String tail) {
    byte[] extra = tail.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(seed, seed.length + extra.length);
    System.arraycopy(extra, 0, out, seed.length, extra.length);
    return new Mutant(name, out);
  }

  private void deleteLine(List<String> lines) {
    lines.remove(random.nextInt(lines.size()));
  }

  private void duplicateLine(List<String> lines) {
    int at = random.nextInt(lines.size());
    lines.add(at, lines.get(at));
  }

  private void swapLines(List<String> lines) {
    java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
  }

  private void oddValue(List<String> lines) {
    editValue(lines, value -> ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
  }

  private void hugeNumber(List<String> lines) {
    for (int tries = 0; tries < 50; tries++) {
      int at = random.nextInt(lines.size());
      Matcher number = NUMBER.matcher(lines.get(at));
      if (number.find()) {
        String huge = random.nextBoolean() ? "9".repeat(1 + random.nextInt(400)) : "-1";
        lines.set(at, number.replaceFirst(huge));
        return;
      }
    }
  }

  private void editValue(List<String> lines, java.util.function.UnaryOperator<String> value) {
    for (int tries = 0; tries < 50; tries++) {
      int at = random.nextInt(lines.size());
      Matcher line = VALUE.matcher(lines.get(at));
      if (line.matches()) {
        lines.set(at, line.group(1) + value.apply(line.group(2)));
        return;
      }
    }
  }

  private void reindent(List<String> lines) {
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    lines.set(at, random.nextBoolean() ? " ".repeat(1 + random.nextInt(5)) + line : line.strip());
  }

  private void tabs(List<String> lines) {
    int at = random.nextInt(lines.size());
    lines.set(at, lines.get(at).replaceFirst("^ +", "\t"));
  }

  private void insertProse(List<String> lines) {
    lines.add(random.nextInt(lines.size() + 1), prose.get(random.nextInt(prose.size())));
  }

  private void duplicateBlock(List<String> lines) {
    int from = random.nextInt(lines.size());
    int to = Math.min(lines.size(), from + 1 + random.nextInt(30));
    lines.addAll(to, new ArrayList<>(lines.subList(from, to)));
  }

  private void severalEdits(List<String> lines) {
    for (int i = 0; i < 2 + random.nextInt(6); i++) {
      switch (random.nextInt(4)) {
        case 0 -> deleteLine(lines);
        case 1 -> duplicateLine(lines);
        case 2 -> swapLines(lines);
        default -> oddValue(lines);
      }
      if (lines.isEmpty()) {
        return;
      }
    }
  }

  private String deepNesting() {
    int depth = 50 + random.nextInt(20_000);
    return random.nextBoolean()
        ? "deep: " + "[".repeat(depth) + "]".repeat(depth) + "\n"
        : "deep: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n";
  }

  private static String aliasBomb() {
    StringBuilder bomb = new StringBuilder("bomb:\n  a0: &a0 [lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 12; i++) {
      String p = "*a" + (i - 1);
      bomb.append("  a").append(i).append(": &a").append(i).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, p))).append("]\n");
    }
    return bomb.toString();
  }

  private byte[] invalidUtf8(byte[] seed) {
    byte[][] bad = {
      {(byte) 0xC3, 0x28},
      {(byte) 0xFF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82}
    };
    return insert(seed, bad[random.nextInt(bad.length)]);
  }

  private byte[] controlCharacters(byte[] seed) {
    byte[][] odd = {{0}, {0x07}, {0x1B}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'\r'}, {0x7F}};
    return insert(seed, odd[random.nextInt(odd.length)]);
  }

  private byte[] randomBytes(byte[] seed) {
    byte[] noise = new byte[1 + random.nextInt(64)];
    random.nextBytes(noise);
    return insert(seed, noise);
  }

  private byte[] insert(byte[] seed, byte[] extra) {
    int at = random.nextInt(seed.length + 1);
    byte[] out = new byte[seed.length + extra.length];
    System.arraycopy(seed, 0, out, 0, at);
    System.arraycopy(extra, 0, out, at, extra.length);
    System.arraycopy(seed, at, out, at + extra.length, seed.length - at);
    return out;
  }
}
