package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.ScenarioGenerator;
import org.certex.producers.scenario.Scenario;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex run}: the whole exercise in one JVM: broker (unless --bootstrap), streams,
 * simulated CERTs and the dashboard; runs until Ctrl-C.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run an exercise: Kafka broker, sharing pipeline, simulated CERTs and the dashboard in one"
          + " process. Stops on Ctrl-C."
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SCENARIO",
      defaultValue = ScenarioFiles.DEFAULT_SCENARIO,
      description = "Scenario file (default: ${DEFAULT-VALUE}).")
  Path scenarioFile;

  @Mixin KafkaOptions kafka;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port of the dashboard (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--generate",
      description = "Play a generated load scenario instead of a file (see --orgs, --noise-rate).")
  boolean generate;

  @Option(
      names = "--orgs",
      defaultValue = "500",
      description = "With --generate: organisations (default: ${DEFAULT-VALUE}).")
  int orgs;

  @Option(
      names = "--noise-rate",
      defaultValue = "2000",
      paramLabel = "ALERTS_PER_S",
      description =
          "With --generate: alerts per second of scenario time (default: ${DEFAULT-VALUE}).")
  double noiseRate;

  @Option(
      names = "--speed",
      paramLabel = "FACTOR",
      description = "Scenario seconds per wall-clock second, 1 to 3600 (default: the scenario's).")
  Double speed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Scenario> loaded =
        generate
            ? Optional.of(ScenarioGenerator.generate(orgs, noiseRate, Duration.ofHours(1), 1))
            : PreStartCheck.of(scenarioFile, err).map(PreStartCheck.Checked::scenario);
    if (loaded.isEmpty()) {
      err.println("certex: " + scenarioFile + " is not a valid scenario; nothing was started.");
      err.flush();
      return 1;
    }
    Scenario scenario = loaded.get();
    Lifetime lifetime = new Lifetime();
    try {
      KafkaConnection connection = lifetime.own(kafka.connect());
      ConfigurableApplicationContext context =
          lifetime.own(
              CertexContexts.start(
                  EnumSet.allOf(Role.class), connection.bootstrapServers(), kafka.data, port));
      RunHandle run =
          context
              .getBean(ExerciseRunner.class)
              .start(scenario, speed != null ? speed : scenario.speed());
      out.printf("%ncertex: exercise '%s' running as %s%n", scenario.title(), run.runId());
      TraineeLinks.print(out, context, scenario, run.runId());
      out.printf("  kafka: %s%n", connection.describe());
      out.printf("  Press Ctrl-C to stop.%n%n");
      out.flush();
    } catch (RuntimeException e) {
      err.println("certex: cannot start: " + StartupFailures.explain(e, port));
      err.flush();
      lifetime.end();
      return 1;
    }
    lifetime.awaitSignal();
    return 0;
  }
}
