package org.certex.producers.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads and validates scenario files (YAML; the format is described in {@code docs/SCENARIOS.md}
 * and {@code scenarios/certex-scenario.schema.json}).
 *
 * <p>Validation reports every problem at once, each with its line and column, because planners edit
 * these files by hand between exercise runs and a one-error-at-a-time loop wastes their afternoon.
 * Each top-level section has its own reader; a new section is a new reader and a new name in {@link
 * #SECTIONS} (and in the JSON Schema, which a test keeps in step).
 */
public final class ScenarioLoader {

  static final List<String> SECTIONS =
      List.of(
          ExerciseSection.KEY,
          CommunitiesSection.KEY,
          ParticipantsSection.KEY,
          AlertsSection.KEY,
          InjectsSection.KEY,
          NoiseSection.KEY,
          PolicySection.KEY);

  /** A scenario publishes something: plain alerts, an MSEL of injects, or both. */
  static final List<String> PLAYED_SECTIONS = List.of(AlertsSection.KEY, InjectsSection.KEY);

  /**
   * @throws InvalidScenarioException carrying every problem, if there is at least one
   */
  public Scenario load(Path file) throws InvalidScenarioException {
    ScenarioReading reading = read(file);
    if (reading.scenario().isEmpty()) {
      throw new InvalidScenarioException(reading.problems());
    }
    return reading.scenario().get();
  }

  /** Every problem of the file, in file order; empty if it is a valid scenario. */
  public List<ScenarioProblem> validate(Path file) {
    return read(file).problems();
  }

  ScenarioReading read(Path file) {
    ProblemLog log = new ProblemLog(file);
    Optional<YamlMapping> root =
        YamlDocument.compose(file, log)
            .flatMap(node -> YamlMapping.of(node, "the scenario file", SECTIONS, log));
    if (root.isEmpty()) {
      return new ScenarioReading(
          Optional.empty(), ExerciseHeader.UNREADABLE, 0, 0, 0, log.problems());
    }
    YamlMapping sections = root.get();
    ExerciseHeader exercise = new ExerciseSection(log).read(sections);
    sections.requireAny(PLAYED_SECTIONS);
    Optional<Scenario> scenario = readPlay(sections, exercise, log);
    return new ScenarioReading(
        scenario,
        exercise,
        sections.peekListSize(ParticipantsSection.KEY),
        sections.peekListSize(AlertsSection.KEY) + alertInjects(sections),
        sections.peekListSize(InjectsSection.KEY),
        log.problems());
  }

  /** Everything but the exercise header; empty unless the whole file is valid. */
  private static Optional<Scenario> readPlay(
      YamlMapping sections, ExerciseHeader exercise, ProblemLog log) {
    CommunityCatalog communities = new CommunitiesSection(log).read(sections);
    ParticipantRoster roster = new ParticipantsSection(log, communities).read(sections);
    List<YamlMapping> alertItems = AlertsSection.items(sections, log);
    List<YamlMapping> injectItems = InjectsSection.items(sections, log);
    AlertTimeline timeline = AlertTimeline.index(alertItems, injectItems, log);
    RecordCheck records = new RecordCheck(exercise, roster);
    AlertReader alertReader =
        new AlertReader(roster, timeline, new AlertTiming(exercise.duration()), records);
    List<ScheduledAlert> alerts = AlertsSection.read(alertItems, alertReader);
    InjectsSection injectsSection = new InjectsSection(log, roster, alertReader);
    List<Inject> injects = injectsSection.read(injectItems, timeline);
    List<NoiseProfile> noise =
        new NoiseSection(log, roster, exercise.duration(), records).read(sections);
    PolicyOverrides policy = new PolicySection(log, roster, communities).read(sections);
    if (!log.isClean()) {
      return Optional.empty();
    }
    Scenario scenario =
        new Scenario(
            exercise.id(),
            exercise.title(),
            exercise.objectives(),
            exercise.start(),
            exercise.duration(),
            exercise.speed(),
            exercise.seed(),
            roster.participants(),
            alerts,
            injects,
            noise,
            policy,
            injectsSection.expectationLocations(),
            exercise.tick());
    RecordCheck.run(scenario, sections.optional(ParticipantsSection.KEY).orElseThrow(), log);
    return log.isClean() ? Optional.of(scenario) : Optional.empty();
  }

  /** How many injects carry an alert, valid or not, without logging anything. */
  private static int alertInjects(YamlMapping sections) {
    List<Node> injects =
        sections
            .optional(InjectsSection.KEY)
            .filter(SequenceNode.class::isInstance)
            .map(node -> ((SequenceNode) node).getValue())
            .orElse(List.of());
    return (int) injects.stream().filter(ScenarioLoader::carriesAlert).count();
  }

  private static boolean carriesAlert(Node inject) {
    return inject instanceof MappingNode mapping
        && mapping.getValue().stream()
            .map(NodeTuple::getKeyNode)
            .anyMatch(
                key -> key instanceof ScalarNode k && k.getValue().equals(InjectReader.ALERT));
  }
}
