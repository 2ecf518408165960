package org.certex.streams.situation.incidents;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.IncidentCorrelation;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RunTopics;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.certex.streams.topology.RunTopology;

/**
 * Cross-border incidents and their escalation (docs/SITUATION.md): valid alerts and large-scale
 * declarations in; {@code Incident} records on the incidents topic and large-scale notices on the
 * alerts topic (which the sharing topology then decides like any alert) out.
 *
 * <pre>
 * valid-alert -> incident-correlation-keys -> incident-keys (repartition: by indicator, campaign)
 *     -> link-by-key* -> incident-links (repartition: ONE partition) ---------------+
 * actions-source -> large-scale-declarations -> check-declaration                   |
 *     -> incident-declaration-valid -> declaration-to-assemble -> declarations-of-run
 *            -> incident-declarations (repartition: ONE partition) ---------------+ |
 *     -> incident-declaration-invalid -> declaration-refused                      | |
 *            -> dead-letter-invalid-declaration -> the pipeline's dead letters    | |
 * incident-evidence (links + declarations) <---------------------------------------+-+
 *     -> assemble-incidents** -> incident-output-published -> incident-of-output -> incidents-sink
 *                             -> incident-output-notice -> notice-of-output
 *                                    -> incident-notices-sink (the run's alerts topic)
 *                             -> incident-output-refused -> refusal-of-output
 *                                    -> dead-letter-refused-declaration -> incident-dead-letters-sink
 * </pre>
 *
 * <p>(*) {@value #SIGHTINGS_STORE} and {@value #COUNTS_STORE}: window stores of the alerts seen
 * under each key and how many each key indexed per span of one window, kept for the correlation
 * window and its grace. (**) {@value #ROOTS_STORE}, {@value #COMPONENTS_STORE}, {@value
 * #INCIDENT_IDS_STORE}: the groups of linked alerts; {@value #PENDING_STORE}: declarations that
 * wait for the alert they name to join an incident. The assembly must see every link of the run to
 * join groups transitively, so it runs on one partition: one task assembles the run's incidents,
 * whatever the run's partition count, and it is a sub-topology of its own (nothing it reads or
 * writes is merged with a stream of another). Each alert sends it at most two links per key (see
 * {@link KeyCorrelation}), so its load grows with the alerts that share keys, not with how many
 * share each; alerts with no indicator and no campaign never reach it.
 */
public final class IncidentsTopology implements RunTopology {

  public static final String KEYS_TOPIC = "incident-keys";
  public static final String LINKS_TOPIC = "incident-links";
  public static final String DECLARATIONS_TOPIC = "incident-declarations";
  public static final String SIGHTINGS_STORE = "incident-key-sightings";
  public static final String COUNTS_STORE = "incident-key-counts";
  public static final String ROOTS_STORE = "incident-alerts";
  public static final String COMPONENTS_STORE = "incident-components";
  public static final String INCIDENT_IDS_STORE = "incident-ids";
  public static final String PENDING_STORE = "incident-pending-declarations";

  private static final AvroSerde<IncidentCorrelation> EVIDENCE =
      AvroSerde.of(IncidentCorrelation.class);

  private final IncidentLimits limits;

  public IncidentsTopology() {
    this(IncidentLimits.DEFAULTS);
  }

  IncidentsTopology(IncidentLimits limits) {
    this.limits = limits;
  }

  @Override
  public void addTo(RunPipeline pipeline) {
    RunSetup setup = pipeline.setup();
    IncidentSettings settings = IncidentSettings.of(setup.situation(), limits);
    IncidentStores.addTo(pipeline.builder(), settings.window());
    Map<String, KStream<String, CheckDeclaration.Checked>> declarations = declarations(pipeline);
    pipeline.deadLetters(
        declarations
            .get("incident-declaration-invalid")
            .mapValues(CheckDeclaration.Checked::refused, Named.as("declaration-refused"))
            .process(
                () -> new RefusedDeclarationLetter(setup.topics().actions().name()),
                Named.as("dead-letter-invalid-declaration")));
    KStream<String, IncidentCorrelation> declared =
        declarations
            .get("incident-declaration-valid")
            .mapValues(
                checked -> new IncidentCorrelation(null, checked.declaration()),
                Named.as("declaration-to-assemble"))
            .selectKey((key, declaration) -> setup.runId(), Named.as("declarations-of-run"))
            .repartition(toAssembly(DECLARATIONS_TOPIC));
    KStream<String, IncidentCorrelation> linked =
        links(pipeline, settings).repartition(toAssembly(LINKS_TOPIC));
    Map<String, KStream<String, AssemblyOutput>> outputs =
        assemble(linked.merge(declared, Named.as("incident-evidence")), setup, settings);
    publish(outputs, setup.topics());
  }

  /**
   * A repartition to the assembly's single partition. Links and declarations each have their own
   * (merged only after them), and the assembly's refusals their own dead-letter sink, so that the
   * assembly stays a sub-topology of its own: one task, away from the tasks of the run's alerts.
   */
  private static Repartitioned<String, IncidentCorrelation> toAssembly(String name) {
    return Repartitioned.<String, IncidentCorrelation>as(name)
        .withKeySerde(Serdes.String())
        .withValueSerde(EVIDENCE)
        .withNumberOfPartitions(1);
  }

  /** Phase one: the run's valid alerts by key, linked to their neighbours under each key. */
  private KStream<String, IncidentCorrelation> links(
      RunPipeline pipeline, IncidentSettings settings) {
    String runId = pipeline.setup().runId();
    return pipeline
        .validAlerts()
        .process(CorrelationKeysOf::new, Named.as("incident-correlation-keys"))
        .repartition(
            Repartitioned.<String, CorrelatedAlert>as(KEYS_TOPIC)
                .withKeySerde(Serdes.String())
                .withValueSerde(IncidentStores.CORRELATED)
                .withNumberOfPartitions(pipeline.topics().alerts().partitions()))
        .process(
            () -> new LinkByKey(SIGHTINGS_STORE, COUNTS_STORE, runId, settings.window(), limits),
            Named.as("link-by-key"),
            SIGHTINGS_STORE,
            COUNTS_STORE);
  }

  /** The run's large-scale declarations, checked where they enter. */
  private static Map<String, KStream<String, CheckDeclaration.Checked>> declarations(
      RunPipeline pipeline) {
    RunSetup setup = pipeline.setup();
    Set<String> participants = setup.roster().stream().map(Party::id).collect(Collectors.toSet());
    DeclarationCheck check = new DeclarationCheck(setup.runId(), participants);
    return pipeline
        .actions()
        .filter(
            (key, action) -> DeclarationCheck.isDeclaration(action),
            Named.as("large-scale-declarations"))
        .processValues(() -> new CheckDeclaration(check), Named.as("check-declaration"))
        .split(Named.as("incident-declaration-"))
        .branch((key, checked) -> checked.valid(), Branched.as("valid"))
        .defaultBranch(Branched.as("invalid"));
  }

  /** Phase two: every link and declaration of the run on one partition, assembled. */
  private Map<String, KStream<String, AssemblyOutput>> assemble(
      KStream<String, IncidentCorrelation> evidence, RunSetup setup, IncidentSettings settings) {
    LargeScaleRule rule = LargeScaleRule.of(setup.roster());
    EscalationNotices notices =
        new EscalationNotices(
            setup.runId(),
            EscalationAudience.of(
                setup.roster(), settings.community(), settings.escalationSource(), enisaId(setup)));
    AssembleIncidents.Stores stores =
        new AssembleIncidents.Stores(
            ROOTS_STORE, COMPONENTS_STORE, INCIDENT_IDS_STORE, PENDING_STORE);
    return evidence
        .process(
            () ->
                new AssembleIncidents(
                    stores,
                    state -> IncidentAssembly.over(state, setup.runId(), rule, notices, settings)),
            Named.as("assemble-incidents"),
            ROOTS_STORE,
            COMPONENTS_STORE,
            INCIDENT_IDS_STORE,
            PENDING_STORE)
        .split(Named.as("incident-output-"))
        .branch(
            (key, output) -> output instanceof AssemblyOutput.Published, Branched.as("published"))
        .branch((key, output) -> output instanceof AssemblyOutput.Notice, Branched.as("notice"))
        .defaultBranch(Branched.as("refused"));
  }

  private static void publish(
      Map<String, KStream<String, AssemblyOutput>> outputs, RunTopics topics) {
    outputs
        .get("incident-output-refused")
        .mapValues(output -> (AssemblyOutput.Refused) output, Named.as("refusal-of-output"))
        .process(
            () -> new RefusedDeclarationLetter(topics.actions().name()),
            Named.as("dead-letter-refused-declaration"))
        .to(
            topics.deadLetters().name(),
            Produced.with(topics.deadLetters().keySerde(), topics.deadLetters().valueSerde())
                .withName("incident-dead-letters-sink"));
    outputs
        .get("incident-output-published")
        .mapValues(
            output -> ((AssemblyOutput.Published) output).incident(),
            Named.as("incident-of-output"))
        .to(
            topics.incidents().name(),
            Produced.with(topics.incidents().keySerde(), topics.incidents().valueSerde())
                .withName("incidents-sink"));
    outputs
        .get("incident-output-notice")
        .mapValues(output -> ((AssemblyOutput.Notice) output).alert(), Named.as("notice-of-output"))
        .to(
            topics.alerts().name(),
            Produced.with(topics.alerts().keySerde(), topics.alerts().valueSerde())
                .withName("incident-notices-sink"));
  }

  private static String enisaId(RunSetup setup) {
    return setup.policy() instanceof Tlp2Policy tlp2
        ? tlp2.rules().enisaId()
        : SharingRules.EU_DEFAULTS.enisaId();
  }
}
