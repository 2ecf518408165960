package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.certex.producers.clock.ExerciseClock;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.RunOptions;
import org.certex.producers.exercise.RunStart;
import org.certex.producers.exercise.ScenarioGenerator;
import org.certex.producers.scenario.Scenario;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex run}: the whole exercise in one JVM: broker (unless --bootstrap), streams,
 * simulated CERTs and the dashboard; runs until Ctrl-C. On the embedded broker it first deals with
 * the runs a killed process left RUNNING: it resumes this scenario's, and records others aborted.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run an exercise: Kafka broker, sharing pipeline, simulated CERTs and the dashboard in one"
          + " process. Stops on Ctrl-C.",
      "On the embedded broker, a run that a killed certex left running on the same --data folder"
          + " resumes where its log ends when given the same scenario file; otherwise it is"
          + " recorded as aborted, with the reason.",
      "Health and metrics: http://127.0.0.1:9464/actuator/health and /actuator/prometheus (port:"
          + " MANAGEMENT_SERVER_PORT)."
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

  @Option(
      names = "--hold",
      description =
          "Hold the run before STARTEX: nothing fires and the clock stands until exercise control"
              + " starts it (certex control RUN start, or Start on the control page).")
  boolean hold;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> badOption = badOption();
    if (badOption.isPresent()) {
      // Refused before anything starts, not a broker start-up later.
      throw new ParameterException(spec.commandLine(), badOption.get());
    }
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
                  EnumSet.allOf(Role.class),
                  connection.bootstrapServers(),
                  kafka.data,
                  port,
                  ManagementServer.fromSettings(),
                  connection.springSettings()));
      RunHandle run = startOrResume(context.getBean(ExerciseRunner.class), scenario, connection);
      TraineeLinks.print(out, context, scenario, run.runId());
      out.printf("  kafka: %s%n", connection.describe());
      ManagementServer.scrapeUrl(context.getEnvironment())
          .ifPresent(url -> out.printf("  metrics: %s (health: /actuator/health)%n", url));
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

  /** The first option out of its range, in words. */
  private Optional<String> badOption() {
    if (speed != null && !(speed >= ExerciseClock.MIN_SPEED && speed <= ExerciseClock.MAX_SPEED)) {
      return Optional.of(
          String.format(
              "--speed must be from %.0f to %.0f scenario seconds per second, was %s",
              ExerciseClock.MIN_SPEED, ExerciseClock.MAX_SPEED, speed));
    }
    if (port < 0 || port > 65_535) {
      return Optional.of("--port must be from 0 (any free port) to 65535, was " + port);
    }
    return Optional.empty();
  }

  private static String heldNote(String runId) {
    return ", held before STARTEX: start it with certex control " + runId + " start";
  }

  /**
   * On the embedded broker, resumes the run this scenario left RUNNING when its process died (or
   * records such runs as aborted); on an external cluster, where another process may be playing
   * them, starts a new run and leaves them alone.
   */
  private RunHandle startOrResume(
      ExerciseRunner runner, Scenario scenario, KafkaConnection connection) {
    PrintWriter out = spec.commandLine().getOut();
    RunOptions options =
        RunOptions.live(speed != null ? speed : scenario.speed(), scenario.seed()).held(hold);
    String digest =
        generate
            ? ScenarioDigest.ofGenerated(orgs, noiseRate)
            : ScenarioDigest.ofFile(ScenarioFiles.resolve(scenarioFile));
    RunStart start =
        connection.ownsCluster()
            ? runner.resumeOrStart(scenario, options, digest)
            : RunStart.of(runner.start(scenario, options, digest));
    start
        .aborted()
        .forEach(
            a -> out.printf("certex: run %s recorded as aborted: %s%n", a.runId(), a.reason()));
    RunHandle run = start.run();
    run.resumption()
        .ifPresentOrElse(
            r ->
                out.printf(
                    "%ncertex: Resuming run %s at scenario time %s (%d injects already fired, %d"
                        + " expectations open)%s%n",
                    run.runId(),
                    r.scenarioTime(),
                    r.injectsFired(),
                    r.expectationsOpen(),
                    r.held() ? ", held before STARTEX" : r.paused() ? ", paused" : ""),
            () ->
                out.printf(
                    "%ncertex: exercise '%s' running as %s%s%n",
                    scenario.title(), run.runId(), hold ? heldNote(run.runId()) : ""));
    return run;
  }
}
