package org.certex.launcher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.RunOptions;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code certex run} starts, in this JVM: the embedded broker and one context with every role
 * (sharing pipeline, exercise engine, simulated CERTs, dashboard on a free port), composed by
 * {@link CertexContexts} as {@link RunCommand} does. Started once for all the browser tests of a
 * test JVM (the root extension store closes it at the end) and shared: each test class plays its
 * own run on it.
 */
final class PlayedStack implements AutoCloseable {

  /** Where the tests find the shipped drills: the module's folder is the working directory. */
  static final Path SCENARIOS = Path.of("..", "scenarios");

  private final Path data;
  private final EmbeddedKafkaBroker broker;
  private final ConfigurableApplicationContext context;

  private PlayedStack(Path data) {
    this.data = data;
    this.broker = EmbeddedKafkaBroker.startTemporary();
    this.context =
        CertexContexts.start(EnumSet.allOf(Role.class), broker.bootstrapServers(), data, 0);
  }

  /** Hands the shared stack to a test's {@code @BeforeAll} method that asks for one. */
  static final class Shared implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
      return parameter.getParameter().getType() == PlayedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
      return shared(extension);
    }
  }

  /** The stack of this test JVM, started on first use. */
  static PlayedStack shared(ExtensionContext extension) {
    return extension
        .getRoot()
        .getStore(Namespace.create(PlayedStack.class))
        .computeIfAbsent(PlayedStack.class, k -> startInScratch(), PlayedStack.class);
  }

  private static PlayedStack startInScratch() {
    try {
      return new PlayedStack(Files.createTempDirectory("certex-played-stack"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  Path data() {
    return data;
  }

  /** Where the stack's broker is, for a second context that reads the same runs. */
  String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /** The stack's live fold, to know the moment its state stands at. */
  ExerciseViews liveViews() {
    return context.getBean(ExerciseViews.class);
  }

  /**
   * Starts a live run of a scenario file as {@code certex run SCENARIO --hold --speed SPEED} does,
   * and reads back the links it prints.
   */
  PlayedRun start(Path scenarioFile, double speed) throws Exception {
    Scenario scenario = new ScenarioLoader().load(scenarioFile);
    RunOptions options = held(RunOptions.live(speed, scenario.seed()));
    RunHandle run =
        context
            .getBean(ExerciseRunner.class)
            .start(scenario, options, ScenarioDigest.ofFile(scenarioFile));
    StringWriter printed = new StringWriter();
    try (PrintWriter out = new PrintWriter(printed)) {
      TraineeLinks.print(out, context, scenario, run.runId());
    }
    return new PlayedRun(run.runId(), scenario, RunLinks.parse(printed.toString()));
  }

  /** A run held before STARTEX until exercise control starts it ({@code certex run --hold}). */
  private static RunOptions held(RunOptions options) {
    return options.held(true);
  }

  @Override
  public void close() {
    context.close();
    broker.close();
    Deletion.deleteQuietly(data);
  }
}
