package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.certex.avro.ActionType;
import org.certex.avro.DecisionTrigger;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.certex.streams.deadletter.DeadLetteringDeserializationHandler;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's request for the source's permission ({@code REQUEST_PERMISSION}, TraineeAction v3) in a
 * run's whole pipeline: it is a request between teams, which the source's team answers with a
 * {@code GRANT_PERMISSION} or not; no topology decides it, none refuses it.
 */
class PermissionRequestTest {

  private static final String RUN = "permission-requests";
  private static final Instant T0 = Instant.parse("2021-12-07T08:00:00Z");
  private static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-RS", "RS", "national-csirt", false).withClients("EPS"),
          Party.of("EPS", "RS", "operator", false),
          Party.of("OHIO-NG", "US", "foreign-partner", false).withAgreements("CERT-RS"));

  @TempDir Path state;

  @Test
  @DisplayName("a request for permission is neither a share nor a dead letter; the grant delivers")
  void requestIsLeftToTheSourcesTeam() {
    RunTopics topics = TopicCatalogue.forRun(RUN, 3);
    try (TopologyTestDriver driver = driver(topics)) {
      TestInputTopic<String, IncidentAlert> alerts = input(driver, topics.alerts());
      TestInputTopic<String, TraineeAction> actions = input(driver, topics.actions());
      TestOutputTopic<String, SharingDecision> decisions = output(driver, topics.decisions());
      TestOutputTopic<String, Delivery> deliveries = output(driver, topics.deliveries());
      TestOutputTopic<byte[], byte[]> deadLetters =
          driver.createOutputTopic(
              topics.deadLetters().name(),
              new ByteArrayDeserializer(),
              new ByteArrayDeserializer());
      alerts.pipeInput("r-1", redAlert(), T0);
      assertThat(decisions.readValuesToList()).hasSize(1);
      assertThat(deliveries.readKeyValuesToList()).hasSize(2);

      TraineeAction request = action("req-1", "CERT-RS", ActionType.REQUEST_PERMISSION, 10);
      actions.pipeInput("r-1", request, request.getAt());

      assertThat(decisions.isEmpty()).as("not decided as a share").isTrue();
      assertThat(deliveries.isEmpty()).as("nothing delivered on a request").isTrue();
      assertThat(deadLetters.isEmpty()).as("no topology refuses it").isTrue();
      assertThat(output(driver, topics.attribution()).isEmpty()).isTrue();
      assertThat(output(driver, topics.incidents()).isEmpty()).isTrue();

      TraineeAction grant = action("grant-1", "EPS", ActionType.GRANT_PERMISSION, 20);
      actions.pipeInput("r-1", grant, grant.getAt());

      SharingDecision granted = decisions.readValue();
      assertThat(granted.getTrigger()).isEqualTo(DecisionTrigger.PERMISSION_GRANT);
      assertThat(granted.getActionId()).isEqualTo("grant-1");
      assertThat(deliveries.readKeyValue().key).isEqualTo("OHIO-NG");
      assertThat(deadLetters.isEmpty()).isTrue();
    }
  }

  private TopologyTestDriver driver(RunTopics topics) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "permission-requests-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetteringDeserializationHandler.class);
    props.put(
        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
    RunSetup setup = new RunSetup(topics, ROSTER, new Tlp2Policy(SharingRules.EU_DEFAULTS));
    return new TopologyTestDriver(RunPipeline.compose(setup, RunParts.all()), props, T0);
  }

  private static IncidentAlert redAlert() {
    return IncidentAlert.newBuilder()
        .setAlertId("r-1")
        .setRunId(RUN)
        .setSourceOrg("EPS")
        .setSourceCountry("RS")
        .setAddressees(List.of("CERT-RS"))
        .setDetectedAt(T0)
        .setReportedAt(T0)
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.RED)
        .setPap(Pap.RED)
        .setText("beacons from two jump hosts")
        .build();
  }

  /** As the dashboard writes a team's action: keyed by its alert, stamped with its time. */
  private static TraineeAction action(String id, String actor, ActionType type, int minute) {
    return TraineeAction.newBuilder()
        .setActionId(id)
        .setRunId(RUN)
        .setActor(actor)
        .setType(type)
        .setAlertId("r-1")
        .setTargets(List.of("OHIO-NG"))
        .setAt(T0.plusSeconds(60L * minute))
        .setNote("for the Ohio National Guard's hunt")
        .build();
  }

  private static <V> TestInputTopic<String, V> input(
      TopologyTestDriver driver, TopicSpec<String, V> spec) {
    return driver.createInputTopic(
        spec.name(), spec.keySerde().serializer(), spec.valueSerde().serializer());
  }

  private static <K, V> TestOutputTopic<K, V> output(
      TopologyTestDriver driver, TopicSpec<K, V> spec) {
    return driver.createOutputTopic(
        spec.name(), spec.keySerde().deserializer(), spec.valueSerde().deserializer());
  }
}
