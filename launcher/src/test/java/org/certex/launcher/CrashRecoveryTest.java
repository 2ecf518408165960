package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.certex.avro.ExerciseRun;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.IncidentAlert;
import org.certex.avro.InjectFired;
import org.certex.avro.Outcome;
import org.certex.avro.RunStatus;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code certex run} killed without a clean shutdown (SIGKILL, in a child JVM) and started again on
 * the same data folder: the same scenario resumes the run where its log ends; another scenario
 * records it as aborted and starts its own.
 */
@Timeout(150)
class CrashRecoveryTest {

  private static final Duration START_UP = Duration.ofSeconds(60);
  private static final Pattern RUNNING = Pattern.compile("running as (\\S+)");

  @TempDir Path dir;
  private ChildCertex child;

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null) {
      child.close();
    }
  }

  private String scenario(String name) throws Exception {
    return Path.of(getClass().getResource(name).toURI()).toString();
  }

  private ChildCertex certex(String log, String scenario) throws Exception {
    return ChildCertex.start(
        dir.resolve(log), "run", scenario, "--data", dir.resolve("data").toString(), "--port", "0");
  }

  /** Starts the drill, lets its first inject fire, and kills certex; returns the run id. */
  private String crashMidRun() throws Exception {
    child = certex("first.log", scenario("/crash-drill.yaml"));
    String runId = child.await(RUNNING, START_UP).group(1);
    String bootstrap = EmbeddedKafkaBroker.rememberedAddress(dir.resolve("data")).orElseThrow();
    RunTopics topics = TopicCatalogue.forRun(runId, 3);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !TopicContents.values(bootstrap, topics.injects()).isEmpty());
    child.kill();
    return runId;
  }

  private static ExerciseRun latest(String bootstrap, String runId) {
    return TopicContents.read(bootstrap, TopicCatalogue.runs()).stream()
        .filter(r -> r.key().equals(runId))
        .reduce((a, b) -> b)
        .orElseThrow()
        .value();
  }

  @Test
  @DisplayName(
      "the same scenario resumes the killed run: no inject twice, no alert id twice, nothing lost")
  void sameScenarioResumes() throws Exception {
    String runId = crashMidRun();

    child = certex("second.log", scenario("/crash-drill.yaml"));
    Matcher resumed =
        child.await(
            Pattern.compile(
                "Resuming run (\\S+) at scenario time (\\S+) \\((\\d+) injects already fired, (\\d+)"
                    + " expectations open\\)"),
            START_UP);
    assertThat(resumed.group(1)).isEqualTo(runId);
    assertThat(Integer.parseInt(resumed.group(3))).isPositive();
    String bootstrap = EmbeddedKafkaBroker.rememberedAddress(dir.resolve("data")).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> latest(bootstrap, runId).getStatus() == RunStatus.COMPLETED);

    ExerciseRun run = latest(bootstrap, runId);
    assertThat(run.getResumes()).isEqualTo(1);
    assertThat(run.getResumedFrom().toString()).isEqualTo(resumed.group(2));
    RunTopics topics = TopicCatalogue.forRun(runId, 3);
    List<InjectFired> injects = TopicContents.values(bootstrap, topics.injects());
    assertThat(injects)
        .extracting(InjectFired::getInjectId)
        .containsExactlyInAnyOrder("inj-01", "inj-02", "inj-03");
    assertThat(injects)
        .filteredOn(f -> f.getInjectId().equals("inj-02"))
        .extracting(InjectFired::getCause)
        .containsExactly("contingency:exp-01");
    assertThat(TopicContents.values(bootstrap, topics.expectations()))
        .extracting(ExpectationOutcome::getExpectationId, ExpectationOutcome::getOutcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("exp-01", Outcome.MISSED));

    List<String> alertIds =
        TopicContents.values(bootstrap, topics.alerts()).stream()
            .map(IncidentAlert::getAlertId)
            .toList();
    assertThat(alertIds).doesNotHaveDuplicates().contains("inj-01", "inj-03");
    assertNoGaps(alertIds, "noise-eps-");
    assertNoGaps(alertIds, "noise-cert-rs-");
    // The pipeline of the resumed run delivers the rest once the broker has given up on the
    // killed process's consumer (its session timeout, about 45 s): not waited for here.
    assertThat(
            TopicContents.values(bootstrap, topics.deliveries()).stream()
                .map(d -> d.getAlert().getAlertId() + " to " + d.getRecipient()))
        .as("no organisation receives an alert twice")
        .doesNotHaveDuplicates();
  }

  /** Noise alert ids count up from 1 per source: a gap is an alert lost. */
  private static void assertNoGaps(List<String> alertIds, String prefix) {
    Set<Integer> numbers =
        alertIds.stream()
            .filter(id -> id.startsWith(prefix))
            .map(id -> Integer.parseInt(id.substring(prefix.length())))
            .collect(Collectors.toCollection(HashSet::new));
    assertThat(numbers).isNotEmpty();
    assertThat(numbers).hasSize(numbers.stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  @Test
  @DisplayName(
      "another scenario records the killed run as aborted, with the reason, and starts anew")
  void anotherScenarioAbortsIt() throws Exception {
    String runId = crashMidRun();

    child = certex("second.log", scenario("/e2e-scenario.yaml"));
    String newRun = child.await(RUNNING, START_UP).group(1);
    assertThat(child.text()).contains("run " + runId + " recorded as aborted: interrupted:");
    String bootstrap = EmbeddedKafkaBroker.rememberedAddress(dir.resolve("data")).orElseThrow();

    ExerciseRun aborted = latest(bootstrap, runId);
    assertThat(aborted.getStatus()).isEqualTo(RunStatus.ABORTED);
    assertThat(aborted.getEndedAt()).isNotNull();
    assertThat(aborted.getEndReason())
        .isEqualTo(
            "interrupted: the process stopped without a clean shutdown; not resumed because"
                + " certex was started with scenario 'e2e-drill', not the run's 'crash-drill'");
    assertThat(newRun).isNotEqualTo(runId).startsWith("e2e-drill-");
    Map<String, ExerciseRun> runs =
        TopicContents.values(bootstrap, TopicCatalogue.runs()).stream()
            .collect(Collectors.toMap(ExerciseRun::getRunId, Function.identity(), (a, b) -> b));
    assertThat(runs).containsKey(newRun);
    assertThat(runs.get(newRun).getResumes()).isZero();
  }
}
