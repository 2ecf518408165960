package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.certex.producers.scenario.ScenarioMutations.Mutant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "Fuzzed input" for scenario files: the shipped scenarios, mutated as hand edits, bad
 * merges and hostile files would, through the loader. Each result must be a valid scenario or
 * located problems (this file, a line and column inside it, a sentence that is not an exception's
 * text), never an exception, and each file must be read within a generous bound. The seed is
 * printed; {@code -Dcertex.fuzz.seed=N} replays it.
 */
@DisplayName("Fuzzed scenario files")
class ScenarioFuzzTest {

  /**
   * Far above any file within the limits (the largest shipped drill validates in well under a
   * second); it only catches a loader that hangs or goes quadratic, so no timing is asserted.
   */
  private static final Duration PER_FILE = Duration.ofSeconds(30);

  /** What an exception's text or a stack trace looks like inside a message. */
  private static final Pattern LEAK =
      Pattern.compile("(\\b(java|org|com)\\.[a-z]+\\.[\\w.$]*(Exception|Error)\\b)|(\\n\\s*at )");

  @TempDir Path dir;

  @Test
  @DisplayName(
      "400 mutants of the shipped scenarios and an enormous file: each valid or located, in"
          + " bounded time")
  void mutants() throws Exception {
    fuzz(400);
  }

  @Test
  @EnabledIfSystemProperty(named = "certex.soak", matches = "true")
  @DisplayName("soak: 5,000 mutants")
  void soak() throws Exception {
    fuzz(5_000);
  }

  private void fuzz(int count) throws Exception {
    long seed = Long.getLong("certex.fuzz.seed", System.nanoTime());
    System.out.printf("ScenarioFuzzTest: seed %d (replay: -Dcertex.fuzz.seed=%d)%n", seed, seed);
    Random random = new Random(seed);
    List<byte[]> seeds = seeds();
    ScenarioMutations mutations = new ScenarioMutations(random, prose());
    Map<String, Integer> outcomes = new TreeMap<>();
    ExecutorService reader = Executors.newSingleThreadExecutor();
    long started = System.nanoTime();
    try {
      check(reader, ScenarioMutations.enormous(seeds.get(0)), -1, outcomes);
      for (int i = 0; i < count; i++) {
        byte[] base = seeds.get(random.nextInt(seeds.size()));
        Mutant mutant = mutations.mutate(base);
        if (random.nextInt(4) == 0) {
          mutant = chain(mutant, mutations.mutate(mutant.bytes()));
        }
        check(reader, mutant, i, outcomes);
      }
    } finally {
      reader.shutdownNow();
    }
    System.out.printf(
        "ScenarioFuzzTest: %d mutants (seed %d) in %.1f s: %s%n",
        count + 1, seed, (System.nanoTime() - started) / 1e9, outcomes);
    assertThat(outcomes).containsKey("located problems");
  }

  private static Mutant chain(Mutant first, Mutant second) {
    return new Mutant(first.name() + ", then " + second.name(), second.bytes());
  }

  private void check(
      ExecutorService reader, Mutant mutant, int index, Map<String, Integer> outcomes)
      throws Exception {
    Path file = dir.resolve("mutant-" + index + ".yaml");
    Files.write(file, mutant.bytes());
    String what = "mutant " + index + " (" + mutant.name() + ")";
    Future<List<ScenarioProblem>> reading =
        reader.submit(() -> new ScenarioLoader().validate(file));
    List<ScenarioProblem> problems;
    try {
      problems = reading.get(PER_FILE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      throw new AssertionError(what + " took longer than " + PER_FILE, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError(what + " threw instead of reporting a problem", e.getCause());
    }
    long lines = Math.max(1, new String(mutant.bytes(), StandardCharsets.UTF_8).lines().count());
    for (ScenarioProblem problem : problems) {
      assertThat(problem.file()).as(what).isEqualTo(file);
      assertThat(problem.line()).as(what + ": line of " + problem).isBetween(1, (int) lines + 1);
      assertThat(problem.column()).as(what + ": column of " + problem).isPositive();
      assertThat(problem.message()).as(what).isNotBlank().doesNotContainPattern(LEAK);
    }
    if (problems.isEmpty()) {
      assertThat(new ScenarioLoader().load(file)).as(what).isNotNull();
    }
    outcomes.merge(problems.isEmpty() ? "valid scenarios" : "located problems", 1, Integer::sum);
    Files.delete(file);
  }

  private static List<byte[]> seeds() throws IOException {
    Path scenarios = Path.of("..", "scenarios");
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(scenarios)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        seeds.add(Files.readAllBytes(file));
      }
    }
    assertThat(seeds)
        .as("the shipped scenarios in " + scenarios.toAbsolutePath())
        .hasSizeGreaterThan(3);
    return seeds;
  }

  /** Lines of prose to paste into a file: the shared seed texts, when they are there. */
  private static List<String> prose() throws IOException {
    Path shared = Path.of("..", "..", "shared", "seeds");
    List<String> lines = new ArrayList<>(List.of("Not YAML: a line pasted from a report."));
    if (Files.isDirectory(shared)) {
      try (Stream<Path> files = Files.list(shared)) {
        for (Path file : files.sorted().toList()) {
          lines.addAll(Files.readAllLines(file));
        }
      }
    }
    return lines;
  }
}
