package org.certex.dashboard.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.avro.ActionType;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2Report;
import org.certex.avro.TraineeAction;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.DashboardClient;
import org.certex.dashboard.DashboardConfiguration;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A team's actions and own alerts through the application's HTTP endpoints, onto a real broker:
 * what the run's actions and alerts topics hold afterwards, read back with the catalogue's serdes.
 */
@DisplayName("A team acting through the dashboard, onto a real broker")
class TeamActionsIntegrationTest {

  private static final String RUN = "acts-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final String CERT = "/api/runs/" + RUN + "/certs/" + FR;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static ConfigurableApplicationContext dashboard;
  private static DashboardClient client;
  private static String frKey;
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DashboardConfiguration.class)
  static class DashboardApplication {}

  @BeforeAll
  static void startBrokerAndDashboard() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TOPICS);
    runLog.record(exerciseRun(RUN, FR, "DE-CERT", "IT-CERT"));
    runLog.deliver(delivery(RUN, "incident-1", FR, 3));
    dashboard =
        new SpringApplicationBuilder(DashboardApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "certex.dashboard.access-secret=integration-test-secret-0123456789")
            .run();
    client =
        new DashboardClient(((WebServerApplicationContext) dashboard).getWebServer().getPort());
    frKey = dashboard.getBean(AccessKeys.class).keyFor(RUN, AccessRole.cert(FR));
  }

  @AfterAll
  static void stopDashboardThenBroker() {
    if (dashboard != null) {
      dashboard.close();
    }
    if (runLog != null) {
      runLog.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName("an early warning and a vote land on the actions topic as the pipeline reads them")
  void actionsLandOnTheActionsTopic() throws Exception {
    String report =
        """
        {"type":"REPORT","alertId":"incident-1","targets":["DE-CERT"],"report":"early-warning",
         "fields":{"suspectedMalicious":"yes","crossBorderImpact":"no"},"note":"first look"}""";
    String vote =
        "{\"type\":\"VOTE\",\"vote\":{\"proposalId\":\"listing-1\",\"choice\":\"OBJECT\"}}";

    JsonNode reported = accepted(CERT + "/actions", report);
    JsonNode voted = accepted(CERT + "/actions", vote);

    assertThat(reported.get("type").asString()).isEqualTo("REPORT");
    assertThat(reported.get("at").asString()).isEqualTo("2021-12-07T08:03:00Z");
    List<Map.Entry<String, TraineeAction>> actions =
        await().atMost(PATIENCE).until(() -> read(TOPICS.actions()), list -> list.size() >= 2);
    assertThat(actions)
        .anySatisfy(
            keyed -> {
              assertThat(keyed.getKey())
                  .as("keyed by the incident's alert")
                  .isEqualTo("incident-1");
              TraineeAction a = keyed.getValue();
              assertThat(a.getActionId()).isEqualTo(reported.get("actionId").asString());
              assertThat(a.getType()).isEqualTo(ActionType.REPORT);
              assertThat(a.getReport()).isEqualTo(Nis2Report.EARLY_WARNING);
              assertThat(a.getActor()).isEqualTo(FR);
              assertThat(a.getTargets()).containsExactly("DE-CERT");
              assertThat(a.getDetails())
                  .containsEntry("suspectedMalicious", "yes")
                  .containsEntry("crossBorderImpact", "no");
              assertThat(a.getNote()).isEqualTo("first look");
            })
        .anySatisfy(
            keyed -> {
              assertThat(keyed.getKey()).isEqualTo(voted.get("actionId").asString());
              assertThat(keyed.getValue().getVote().getProposalId()).isEqualTo("listing-1");
            });
  }

  @Test
  @DisplayName("a derived notice lands on the alerts topic, its NOTIFY on the actions topic")
  void ownAlertAndItsNotification() throws Exception {
    String notice =
        """
        {"addressees":["DE-CERT","IT-CERT"],"tlp":"TLP:GREEN","pap":"PAP:GREEN",
         "rsit":"malicious-code/infected-system","severity":"HIGH",
         "text":"Beacons to 203.0.113.7 seen at an operator; block the address",
         "indicators":[{"type":"ipv4-addr","value":"203.0.113.7"}],"campaign":"JNDI-WAVE",
         "derivedFrom":"incident-1"}""";

    JsonNode receipt = accepted(CERT + "/alerts", notice);

    String alertId = receipt.get("alertId").asString();
    String actionId = receipt.get("actionId").asString();
    List<Map.Entry<String, IncidentAlert>> alerts =
        await().atMost(PATIENCE).until(() -> read(TOPICS.alerts()), list -> !list.isEmpty());
    assertThat(alerts)
        .singleElement()
        .satisfies(
            keyed -> {
              assertThat(keyed.getKey()).isEqualTo(alertId);
              IncidentAlert a = keyed.getValue();
              assertThat(a.getSourceOrg()).isEqualTo(FR);
              assertThat(a.getSourceCountry()).isEqualTo("FR");
              assertThat(a.getAddressees()).containsExactly("DE-CERT", "IT-CERT");
              assertThat(a.getDerivedFrom()).isEqualTo("incident-1");
              assertThat(a.getCampaign()).isEqualTo("JNDI-WAVE");
              assertThat(a.toString()).doesNotContain("CERT-EE");
            });
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(read(TOPICS.actions()))
                    .anySatisfy(
                        keyed -> {
                          assertThat(keyed.getValue().getActionId()).isEqualTo(actionId);
                          assertThat(keyed.getKey()).isEqualTo("incident-1");
                          assertThat(keyed.getValue().getType()).isEqualTo(ActionType.NOTIFY);
                          assertThat(keyed.getValue().getAlertId()).isEqualTo("incident-1");
                          assertThat(keyed.getValue().getTargets())
                              .containsExactly("DE-CERT", "IT-CERT");
                        }));
  }

  /** The answer to a POST the dashboard must accept, once it knows the run and the delivery. */
  private static JsonNode accepted(String path, String body) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> {
              HttpResponse<String> answer = client.post(path, frKey, body);
              return answer.statusCode() == 202 ? DashboardClient.json(answer) : null;
            },
            json -> json != null);
  }

  /** Every record of a run's topic so far, with its key, read from the beginning. */
  private static <V> List<Map.Entry<String, V>> read(TopicSpec<String, V> spec) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < spec.partitions(); p++) {
      partitions.add(new TopicPartition(spec.name(), p));
    }
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<Map.Entry<String, V>> records = new ArrayList<>();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          records.add(
              Map.entry(
                  spec.keySerde().deserializer().deserialize(spec.name(), record.key()),
                  spec.valueSerde().deserializer().deserialize(spec.name(), record.value())));
        }
      }
      return records;
    }
  }
}
