package org.certex.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.streams.topology.TestAlerts.T0;
import static org.certex.streams.topology.TestAlerts.alert;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.Tlp;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SharingTopologyTest {

  private static final String RUN = "cyber-tesla-test";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);

  /** Everyone in the drill's partner community, except the US partner, bound by agreement. */
  private static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-RS", "RS", "national-csirt", false)
              .withClients("EPS")
              .withCommunities("TESLA-SG"),
          Party.of("EPS", "RS", "operator", false).withCommunities("TESLA-SG"),
          Party.of("MIL-CERT", "RS", "military-cert", false).withCommunities("TESLA-SG"),
          Party.of("OHIO-NG", "US", "foreign-partner", false).withAgreements("CERT-RS"));

  private SharingPipeline pipeline;
  private TestInputTopic<String, IncidentAlert> alerts;
  private TestOutputTopic<String, SharingDecision> decisions;
  private TestOutputTopic<String, Delivery> deliveries;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  @BeforeEach
  void start() {
    pipeline = new SharingPipeline(RUN, ROSTER);
    alerts = pipeline.alerts;
    decisions = pipeline.decisions;
    deliveries = pipeline.deliveries;
    deadLetters = pipeline.deadLetters;
  }

  @AfterEach
  void stop() {
    pipeline.close();
  }

  private void publish(IncidentAlert alert) {
    pipeline.publish(alert);
  }

  @Test
  @DisplayName("a GREEN alert: one decision listing its recipients, deliveries to its community")
  void greenAlertReachesEveryParticipant() {
    publish(alert(RUN, "a-1", "EPS", Tlp.GREEN).build());

    SharingDecision decision = decisions.readValue();
    assertThat(decision.getVerdicts())
        .extracting(
            RecipientVerdict::getRecipient,
            RecipientVerdict::getDeliver,
            RecipientVerdict::getReason)
        .containsExactly(
            tuple("CERT-RS", true, "GREEN_ADDRESSEE"),
            tuple("EPS", true, "SOURCE_OWN_ALERT"),
            tuple("MIL-CERT", true, "GREEN_COMMUNITY_MEMBER"),
            tuple("OHIO-NG", true, "GREEN_AGREEMENT_PARTNER"));
    Map<String, Delivery> byRecipient = deliveries.readKeyValuesToMap();
    assertThat(byRecipient).containsOnlyKeys("CERT-RS", "EPS", "MIL-CERT", "OHIO-NG");
    assertThat(byRecipient.get("OHIO-NG").getAlert().getAlertId()).isEqualTo("a-1");
    assertThat(byRecipient.get("OHIO-NG").getDeliveryId()).isEqualTo("a-1@OHIO-NG");
    assertThat(decisions.isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "an AMBER alert reaches only its source and the national CERT; the rest are withheld")
  void amberAlertStaysWithOwnCert() {
    publish(alert(RUN, "a-2", "EPS", Tlp.AMBER).build());

    SharingDecision decision = decisions.readValue();
    assertThat(decision.getVerdicts())
        .allMatch(RecipientVerdict::getDeliver)
        .extracting(RecipientVerdict::getRecipient)
        .containsExactly("CERT-RS", "EPS");
    assertThat(decision.getOthersWithheld()).as("MIL-CERT and OHIO-NG").isEqualTo(2);
    List<TestRecord<String, Delivery>> out = deliveries.readRecordsToList();
    assertThat(out).extracting(TestRecord::key).containsExactlyInAnyOrder("EPS", "CERT-RS");
    assertThat(out).allMatch(r -> r.timestamp() == T0.plusSeconds(60).toEpochMilli());
  }

  @Test
  @DisplayName(
      "under PAP:RED, recipients who were not addressed get the alert without its indicators")
  void papRedRedactsForOthers() {
    publish(
        alert(RUN, "a-7", "EPS", Tlp.GREEN)
            .setPap(org.certex.avro.Pap.RED)
            .setIndicators(List.of(new org.certex.avro.Indicator("ipv4-addr", "203.0.113.7")))
            .build());

    Map<String, Delivery> byRecipient = deliveries.readKeyValuesToMap();
    assertThat(byRecipient.get("CERT-RS").getRedacted()).isFalse();
    assertThat(byRecipient.get("CERT-RS").getAlert().getIndicators()).hasSize(1);
    assertThat(byRecipient.get("MIL-CERT").getRedacted()).isTrue();
    assertThat(byRecipient.get("MIL-CERT").getAlert().getIndicators()).isEmpty();
    assertThat(decisions.readValue().getVerdicts())
        .filteredOn(RecipientVerdict::getRedacted)
        .extracting(RecipientVerdict::getRecipient)
        .containsExactlyInAnyOrder("MIL-CERT", "OHIO-NG");
  }

  @Test
  @DisplayName("a re-sent alert id does not duplicate its decision or deliveries")
  void repeatedAlertIsDroppedOnce() {
    IncidentAlert alert = alert(RUN, "a-3", "EPS", Tlp.CLEAR).build();
    publish(alert);
    publish(alert);

    assertThat(decisions.readValuesToList()).hasSize(1);
    assertThat(deliveries.readRecordsToList()).hasSize(ROSTER.size());
  }

  @Test
  @DisplayName(
      "an alert from a stranger goes to the dead-letter topic with the reason; the next one passes")
  void invalidAlertIsDeadLettered() {
    publish(alert(RUN, "bad-1", "STRANGER", Tlp.GREEN).build());
    publish(alert(RUN, "a-4", "EPS", Tlp.GREEN).build());

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(header(dead, DeadLetters.REASON))
        .contains("source 'STRANGER' is not a participant of the run");
    IncidentAlert kept = TOPICS.alerts().valueSerde().deserializer().deserialize("t", dead.value());
    assertThat(kept.getAlertId()).isEqualTo("bad-1");
    assertThat(decisions.readValuesToList())
        .extracting(SharingDecision::getAlertId)
        .containsExactly("a-4");
  }

  @Test
  @DisplayName("corrupt bytes go to the dead-letter topic untouched and do not stop the pipeline")
  void corruptBytesAreDeadLettered() {
    TestInputTopic<String, byte[]> raw =
        pipeline.driver.createInputTopic(
            TOPICS.alerts().name(), new StringSerializer(), new ByteArraySerializer());
    byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
    raw.pipeInput("x-1", garbage);
    publish(alert(RUN, "a-5", "EPS", Tlp.GREEN).build());

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(dead.value()).isEqualTo(garbage);
    assertThat(header(dead, DeadLetters.STREAMS_EXCEPTION)).contains("SerializationException");
    assertThat(decisions.readValuesToList())
        .extracting(SharingDecision::getAlertId)
        .containsExactly("a-5");
  }

  @Test
  @DisplayName(
      "an alert of about a megabyte is dead-lettered, cut to fit and saying so; the next one passes")
  void oversizedAlertIsDeadLetteredToFit() {
    IncidentAlert huge =
        alert(RUN, "huge-1", "EPS", Tlp.GREEN).setText("x".repeat(1_048_000)).build();
    pipeline
        .driver
        .createInputTopic(TOPICS.alerts().name(), new StringSerializer(), new ByteArraySerializer())
        .pipeInput("huge-1", AvroSerde.of(IncidentAlert.class).encodeUnbounded(huge), T0);
    publish(alert(RUN, "a-7", "EPS", Tlp.GREEN).build());

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(header(dead, DeadLetters.REASON))
        .isEqualTo("text has 1,048,000 characters; at most 16,384");
    assertThat(header(dead, DeadLetters.SOURCE_TOPIC)).isEqualTo(TOPICS.alerts().name());
    assertThat(header(dead, DeadLetters.TRUNCATED)).startsWith("value: first ");
    assertThat(dead.value().length).isLessThan(RecordLimits.RECORD_BYTES);
    assertThat(sizeOf(dead)).isLessThan(RecordLimits.RECORD_BYTES);
    assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("huge-1");
    assertThat(decisions.readValuesToList())
        .extracting(SharingDecision::getAlertId)
        .containsExactly("a-7");
  }

  @Test
  @DisplayName(
      "undecodable bytes near the broker's limit are dead-lettered cut to fit, with the reason")
  void oversizedGarbageIsDeadLetteredToFit() {
    TestInputTopic<String, byte[]> raw =
        pipeline.driver.createInputTopic(
            TOPICS.alerts().name(), new StringSerializer(), new ByteArraySerializer());
    raw.pipeInput("x-2", new byte[1_040_000]);
    publish(alert(RUN, "a-8", "EPS", Tlp.GREEN).build());

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(header(dead, DeadLetters.REASON)).startsWith("cannot decode the record: ");
    assertThat(header(dead, DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(sizeOf(dead)).isLessThan(RecordLimits.RECORD_BYTES);
    assertThat(decisions.readValuesToList())
        .extracting(SharingDecision::getAlertId)
        .containsExactly("a-8");
  }

  @Test
  @DisplayName("an alert or an action without a value goes to the dead-letter topic, saying so")
  void recordsWithoutValueAreDeadLettered() {
    TestInputTopic<String, byte[]> rawAlerts =
        pipeline.driver.createInputTopic(
            TOPICS.alerts().name(), new StringSerializer(), new ByteArraySerializer());
    TestInputTopic<String, byte[]> rawActions =
        pipeline.driver.createInputTopic(
            TOPICS.actions().name(), new StringSerializer(), new ByteArraySerializer());
    rawAlerts.pipeInput("gone-1", (byte[]) null);
    rawActions.pipeInput("gone-2", (byte[]) null);
    publish(alert(RUN, "a-9", "EPS", Tlp.GREEN).build());

    List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
    assertThat(dead)
        .extracting(r -> header(r, DeadLetters.REASON))
        .containsExactly("the record has no value", "the record has no value");
    assertThat(dead)
        .extracting(r -> header(r, DeadLetters.SOURCE_TOPIC))
        .containsExactly(TOPICS.alerts().name(), TOPICS.actions().name());
    assertThat(decisions.readValuesToList())
        .extracting(SharingDecision::getAlertId)
        .containsExactly("a-9");
  }

  @Test
  @DisplayName("an alert of another run, or keyed by something other than its id, is refused")
  void wrongRunAndKeyAreRefused() {
    IncidentAlert other = alert("another-run", "a-6", "EPS", Tlp.GREEN).build();
    alerts.pipeInput("not-a-6", other, T0);

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(header(dead, DeadLetters.REASON))
        .contains("record key 'not-a-6' is not the alert id 'a-6'")
        .contains("belongs to run 'another-run'");
    assertThat(decisions.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("every processor, store and sink has a given name")
  void everyNodeIsNamed() {
    String description =
        SharingTopology.build(TOPICS, ROSTER, new Tlp2Policy(SharingRules.EU_DEFAULTS))
            .describe()
            .toString();
    assertThat(description)
        .doesNotContain("KSTREAM-")
        .contains(
            "alerts-source",
            "check-alert",
            "decide-sharing",
            "deliveries-sink",
            "dead-letters-sink")
        .contains(SharingTopology.ALERT_SHARING_STORE);
  }

  private static int sizeOf(TestRecord<byte[], byte[]> record) {
    int size = record.key() == null ? 0 : record.key().length;
    size += record.value() == null ? 0 : record.value().length;
    for (Header header : record.headers()) {
      size += header.key().length() + (header.value() == null ? 0 : header.value().length);
    }
    return size;
  }

  private static String header(TestRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header %s", name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
