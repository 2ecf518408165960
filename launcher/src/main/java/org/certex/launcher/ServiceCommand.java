package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.certex.dashboard.DashboardProperties;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.RunOptions;
import org.certex.producers.scenario.Scenario;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex service ROLE}: one role as its own process, for the distributed layout
 * (docker-compose.yml). {@code producers} plays one scenario and exits when its time is over;
 * {@code streams} and {@code dashboard} run until stopped.
 */
@Command(
    name = "service",
    mixinStandardHelpOptions = true,
    description = {
      "Run one role as its own process against a Kafka cluster (distributed layout).",
      "ROLE is producers, streams or dashboard.",
      "Health and metrics: http://127.0.0.1:PORT/actuator/health and /actuator/prometheus, PORT"
          + " from MANAGEMENT_SERVER_PORT (default 9465 producers, 9466 streams, 9467 dashboard);"
          + " MANAGEMENT_SERVER_ADDRESS=0.0.0.0 opens them to the network."
    })
final class ServiceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROLE", description = "producers, streams or dashboard")
  Role role;

  @Mixin KafkaOptions kafka;

  @Option(
      names = "--scenario",
      defaultValue = ScenarioFiles.DEFAULT_SCENARIO,
      description = "With producers: the scenario to play (default: ${DEFAULT-VALUE}).")
  Path scenarioFile;

  @Option(names = "--port", defaultValue = "8080", description = "With dashboard: HTTP port.")
  int port;

  @Option(
      names = "--hold",
      description =
          "With producers: hold the run before STARTEX until exercise control starts it (certex"
              + " control RUN start).")
  boolean hold;

  @Option(
      names = "--resume",
      paramLabel = "RUN",
      description =
          "With producers: resume run RUN of this scenario where its log ends, after the process"
              + " that played it died (SIGKILL, a crash); other runs are left alone. Without it a"
              + " new run starts.")
  String resume;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Scenario> scenario = Optional.empty();
    if (role == Role.PRODUCERS) {
      scenario = ScenarioFiles.load(ScenarioFiles.resolve(scenarioFile), err);
      if (scenario.isEmpty()) {
        return 1;
      }
    }
    Lifetime lifetime = new Lifetime();
    ConfigurableApplicationContext context;
    try {
      KafkaConnection connection = lifetime.own(kafka.connect());
      context =
          lifetime.own(
              CertexContexts.start(
                  EnumSet.of(role),
                  connection.bootstrapServers(),
                  kafka.data,
                  port,
                  ManagementServer.fromSettings(),
                  serviceSettings(connection)));
    } catch (RuntimeException e) {
      err.println(
          "certex: cannot start "
              + role
              + ": "
              + StartupFailures.explain(e, role == Role.DASHBOARD ? port : -1));
      err.flush();
      lifetime.end();
      return 1;
    }
    ManagementServer.scrapeUrl(context.getEnvironment())
        .ifPresent(
            url -> {
              spec.commandLine()
                  .getOut()
                  .printf("certex: %s metrics at %s%n", role.name().toLowerCase(Locale.ROOT), url);
              spec.commandLine().getOut().flush();
            });
    if (scenario.isPresent()) {
      Scenario s = scenario.get();
      RunOptions options = RunOptions.live(s.speed(), s.seed()).held(hold);
      String digest = ScenarioDigest.ofFile(ScenarioFiles.resolve(scenarioFile));
      ExerciseRunner runner = context.getBean(ExerciseRunner.class);
      RunHandle run;
      try {
        run =
            resume == null
                ? runner.start(s, options, digest)
                : runner.resumeNamed(s, options, digest, resume);
      } catch (IllegalArgumentException e) {
        err.println("certex: " + e.getMessage());
        err.flush();
        lifetime.end();
        return 1;
      }
      run.resumption()
          .ifPresent(
              r ->
                  spec.commandLine()
                      .getOut()
                      .printf(
                          "certex: resuming run %s at scenario time %s (%d injects already fired)%n",
                          run.runId(), r.scenarioTime(), r.injectsFired()));
      spec.commandLine()
          .getOut()
          .printf(
              "certex: exercise run %s started%s%n",
              run.runId(),
              hold ? ", held before STARTEX until certex control " + run.runId() + " start" : "");
      spec.commandLine().getOut().flush();
      run.finished().exceptionally(e -> null).join();
      lifetime.end();
      return run.finished().isCompletedExceptionally() ? 1 : 0;
    }
    lifetime.awaitSignal();
    return 0;
  }

  /**
   * The cluster's security settings, and for the dashboard the refusal to make up an access secret:
   * links printed elsewhere ({@code certex links}) must work, and would not against a random one.
   */
  private Map<String, Object> serviceSettings(KafkaConnection connection) {
    Map<String, Object> settings = new HashMap<>(connection.springSettings());
    settings.put(DashboardProperties.GENERATE_ACCESS_SECRET, false);
    return settings;
  }
}
