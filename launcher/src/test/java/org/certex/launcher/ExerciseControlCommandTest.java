package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.RunReport.FiredInject;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Exercise control through Kafka: {@code certex control} publishes on the run's control topic and
 * the live run obeys it.
 */
class ExerciseControlCommandTest {

  @TempDir Path data;

  private int control(String bootstrap, String... args) {
    CommandLine cli = CertexCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 3];
    all[0] = "control";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--bootstrap";
    all[args.length + 2] = bootstrap;
    return cli.execute(all);
  }

  @Test
  @DisplayName(
      "trigger now fires a later inject at once; pause holds the rest; an unknown run, and a run"
          + " that ended, are refused")
  void triggerAndPauseThroughTheControlTopic() throws Exception {
    Scenario scenario =
        new ScenarioLoader().load(Path.of(getClass().getResource("/e2e-scenario.yaml").toURI()));
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        ConfigurableApplicationContext context =
            CertexContexts.start(
                EnumSet.of(Role.PRODUCERS, Role.STREAMS), broker.bootstrapServers(), data, 0)) {
      // At 1x the first alert is a wall minute away: anything sooner was triggered.
      RunHandle run = context.getBean(ExerciseRunner.class).start(scenario, 1);
      String bootstrap = broker.bootstrapServers();

      assertThat(control(bootstrap, run.runId(), "trigger", "e2e-clear")).isZero();
      await().atMost(Duration.ofSeconds(30)).until(() -> !run.report().injectsFired().isEmpty());
      FiredInject fired = run.report().injectsFired().get(0);
      assertThat(fired.injectId()).isEqualTo("e2e-clear");
      assertThat(fired.cause()).isEqualTo("trigger-now");
      assertThat(fired.at()).isBefore(scenario.start().plus(Duration.ofMinutes(1)));

      assertThat(control(bootstrap, run.runId(), "pause")).isZero();
      await().atMost(Duration.ofSeconds(30)).until(() -> run.clock().paused());
      assertThat(control(bootstrap, run.runId(), "speed", "5000")).as("usage error").isEqualTo(2);
      assertThat(control(bootstrap, "no-such-run", "pause")).isEqualTo(1);

      assertThat(control(bootstrap, run.runId(), "stop")).isZero();
      await().atMost(Duration.ofSeconds(30)).until(() -> run.finished().isDone());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> control(bootstrap, run.runId(), "resume") == 1);
    }
  }
}
