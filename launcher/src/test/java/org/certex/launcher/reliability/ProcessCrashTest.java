package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.certex.avro.ReportingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process crash: the streams process ({@code certex service streams}, a child JVM) killed with
 * SIGKILL mid-run and started again on the same data folder. Its state comes back from the
 * changelogs (exactly-once leaves no checkpoint to trust after a crash), no delivery is lost or
 * made twice, every NIS2 clock open before the crash keeps its deadline, and the run plays to its
 * end.
 */
class ProcessCrashTest {

  private static final Pattern STREAMS_UP = Pattern.compile("streams metrics at");
  private static final long ALERTS = 30_000;

  @TempDir Path dir;
  private CertexProcess streams;

  @AfterEach
  void killLeftovers() throws InterruptedException {
    if (streams != null) {
      streams.close();
    }
  }

  @Test
  @Timeout(400)
  @DisplayName(
      "streams killed with SIGKILL mid-run and restarted: nothing lost, nothing twice, clocks keep their deadlines")
  void streamsKilled() throws Exception {
    try (KafkaCluster cluster = KafkaCluster.start(1)) {
      String bootstrap = cluster.bootstrapServers();
      AlertRun run = AlertRun.start(bootstrap, "faults-streams-crash", 31);
      streams = startStreams(bootstrap);
      run.awaitPipelineRunning(Duration.ofSeconds(120));
      Set<String> expected = run.expectedDeliveries(ALERTS);
      Map<String, Instant> deadlinesBefore;
      double recovered;
      try (DeliveryTally tally = new DeliveryTally(bootstrap, run.topics().deliveries());
          AlertSender sender = new AlertSender(bootstrap, run, ALERTS, 3_000).start()) {
        tally.awaitTotal(expected.size() / 3, Duration.ofSeconds(300));
        streams.kill();
        deadlinesBefore = deadlines(bootstrap, run);
        long before = tally.total();
        long killed = System.nanoTime();
        streams = startStreams(bootstrap);
        long resumed = tally.awaitTotal(before + 2_000, Duration.ofSeconds(300));
        recovered = Math.round((resumed - killed) / 1e7) / 100.0;
        sender.awaitDone(300_000);
        tally.awaitTotal(expected.size(), Duration.ofSeconds(300));
        run.end();
        assertThat(duplicates(tally.counts())).as("delivered more than once").isEmpty();
        assertThat(tally.counts().keySet()).as("deliveries vs the policy").isEqualTo(expected);
      }
      assertThat(Topics.count(bootstrap, run.topics().deliveries())).isEqualTo(expected.size());
      assertThat(Topics.count(bootstrap, run.topics().deadLetters())).isZero();
      assertThat(deadlinesBefore).as("clocks open before the crash").isNotEmpty();
      Map<String, Instant> after = deadlines(bootstrap, run);
      assertThat(after).as("every clock keeps its deadline").containsAllEntriesOf(deadlinesBefore);
      System.out.printf(
          "streams crash: %d alerts, %d deliveries, 1 SIGKILL, lost 0, duplicated 0, %d clocks"
              + " kept their deadlines, time to recover %.2f s%n",
          ALERTS, expected.size(), deadlinesBefore.size(), recovered);
    }
  }

  private CertexProcess startStreams(String bootstrap) throws Exception {
    CertexProcess p =
        CertexProcess.start(
            List.of(
                "service",
                "streams",
                "--bootstrap",
                bootstrap,
                "--data",
                Files.createDirectories(dir.resolve("streams")).toString()),
            Map.of());
    p.awaitLine(STREAMS_UP, Duration.ofSeconds(120));
    return p;
  }

  private static Map<String, Instant> deadlines(String bootstrap, AlertRun run) {
    Map<String, ReportingClock> clocks = Topics.latest(bootstrap, run.topics().clocks());
    return clocks.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().getDeadline(), (a, b) -> b, TreeMap::new));
  }

  private static Set<String> duplicates(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey)
        .limit(10)
        .collect(Collectors.toSet());
  }
}
