package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.InjectFired;
import org.certex.avro.RunStatus;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process crash, the engine: {@code certex service producers} (a child JVM) killed with SIGKILL
 * mid-run and started again with {@code --resume RUN}: the run plays on from where its log ends to
 * its end, no alert is published twice or skipped, every alert reaches exactly the recipients the
 * policy chooses, once, and the NIS2 clocks open before the crash keep their deadlines.
 */
class EngineCrashTest {

  private static final Pattern STARTED = Pattern.compile("exercise run (\\S+) started");

  @TempDir Path dir;
  private CertexProcess streams;
  private CertexProcess engine;

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (CertexProcess p : new CertexProcess[] {engine, streams}) {
      if (p != null) {
        p.close();
      }
    }
  }

  @Test
  @Timeout(300)
  @DisplayName(
      "the engine killed with SIGKILL mid-run and resumed: the run ends, nothing lost, nothing twice")
  void engineKilled() throws Exception {
    try (KafkaCluster cluster = KafkaCluster.start(1)) {
      String bootstrap = cluster.bootstrapServers();
      streams = start(List.of("service", "streams", "--bootstrap", bootstrap), "streams");
      streams.awaitLine(Pattern.compile("streams metrics at"), Duration.ofSeconds(120));
      engine = start(engineArgs(bootstrap), "engine");
      String runId = engine.awaitLine(STARTED, Duration.ofSeconds(120)).group(1);
      RunTopics topics = TopicCatalogue.forRun(runId, 3);
      Map<String, Instant> before = awaitClocksThenKill(bootstrap, topics);
      List<String> resumeArgs = new java.util.ArrayList<>(engineArgs(bootstrap));
      resumeArgs.addAll(List.of("--resume", runId));
      engine = start(resumeArgs, "engine");
      engine.awaitLine(Pattern.compile("resuming run " + runId), Duration.ofSeconds(120));
      assertThat(engine.awaitExit(Duration.ofSeconds(180))).as("the resumed run ended").isZero();

      ExerciseRun run = Topics.latest(bootstrap, TopicCatalogue.runs()).get(runId);
      assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.getResumes()).isEqualTo(1);
      assertThat(Topics.values(bootstrap, topics.injects()))
          .extracting(InjectFired::getInjectId)
          .containsExactlyInAnyOrder("inj-01", "inj-02");
      List<IncidentAlert> alerts = Topics.values(bootstrap, topics.alerts());
      List<String> ids = alerts.stream().map(IncidentAlert::getAlertId).toList();
      assertThat(ids).as("no alert published twice").doesNotHaveDuplicates();
      assertNoGaps(ids, "noise-hosp-be-");
      assertNoGaps(ids, "noise-csirt-be-");
      PolicyAnswer answer = new PolicyAnswer(run);
      alerts.forEach(answer::add);
      Set<String> expected = answer.deliveries();
      List<String> delivered = awaitDeliveries(bootstrap, topics, expected.size());
      assertThat(delivered).as("no organisation receives an alert twice").doesNotHaveDuplicates();
      assertThat(new HashSet<>(delivered)).as("deliveries vs the policy").isEqualTo(expected);
      assertThat(Topics.count(bootstrap, topics.deadLetters())).isZero();
      assertThat(deadlines(bootstrap, topics)).containsAllEntriesOf(before);
      System.out.printf(
          "engine crash: %d alerts, %d deliveries, 1 SIGKILL, lost 0, duplicated 0, %d clocks kept"
              + " their deadlines%n",
          alerts.size(), expected.size(), before.size());
    }
  }

  private List<String> engineArgs(String bootstrap) throws Exception {
    String scenario =
        Path.of(getClass().getResource("/reliability/engine-crash-drill.yaml").toURI()).toString();
    return List.of("service", "producers", "--bootstrap", bootstrap, "--scenario", scenario);
  }

  private CertexProcess start(List<String> args, String folder) throws Exception {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of("--data", Files.createDirectories(dir.resolve(folder)).toString()));
    return CertexProcess.start(all, Map.of());
  }

  /** Once a clock is open and some alerts were delivered, SIGKILL; the clocks as they were. */
  private Map<String, Instant> awaitClocksThenKill(String bootstrap, RunTopics topics)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (deadlines(bootstrap, topics).isEmpty()
        || Topics.count(bootstrap, topics.deliveries()) < 50) {
      if (System.nanoTime() > deadline || !engine.isAlive()) {
        throw new AssertionError("no clock open while the engine ran:\n" + engine.log());
      }
      Thread.sleep(200);
    }
    engine.kill();
    return deadlines(bootstrap, topics);
  }

  private static List<String> awaitDeliveries(String bootstrap, RunTopics topics, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      List<String> ids =
          Topics.values(bootstrap, topics.deliveries()).stream()
              .map(Delivery::getDeliveryId)
              .toList();
      if (ids.size() >= count || System.nanoTime() > deadline) {
        return ids;
      }
      Thread.sleep(500);
    }
  }

  private static Map<String, Instant> deadlines(String bootstrap, RunTopics topics) {
    return Topics.latest(bootstrap, topics.clocks()).entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().getDeadline(), (a, b) -> b, TreeMap::new));
  }

  /** Noise alert ids count up from 1 per source: a gap is an alert lost. */
  private static void assertNoGaps(List<String> ids, String prefix) {
    Set<Integer> numbers =
        ids.stream()
            .filter(id -> id.startsWith(prefix))
            .map(id -> Integer.parseInt(id.substring(prefix.length())))
            .collect(Collectors.toSet());
    assertThat(numbers).as(prefix).isNotEmpty();
    assertThat(numbers)
        .as(prefix + " without gaps")
        .hasSize(numbers.stream().mapToInt(i -> i).max().orElseThrow());
  }
}
