package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.schemas.RunTopics;
import org.certex.schemas.ServiceAcls;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The distributed layout's ACL model on a real broker with SASL/SCRAM and Kafka's
 * StandardAuthorizer: each service's principal writes the topics {@code acls.tsv} gives it, a run's
 * included once the engine has created them, and is refused on every other.
 */
@DisplayName("Service ACLs on a SASL/SCRAM broker")
class ServiceAclsBrokerTest {

  private static final String RUN = "acl-drill-20261201-220000";
  private static final ServiceAcls ACLS = ServiceAcls.load();

  /** Who owns which topic: the table the ACLs must produce, written out from the code's writers. */
  private static final Map<String, String> OWNER =
      Map.ofEntries(
          Map.entry("certex.runs", "certex-producers"),
          Map.entry("certex.pipelines", "certex-streams"),
          Map.entry("alerts", "certex-dashboard certex-producers"),
          Map.entry("control", "certex-dashboard certex-producers"),
          Map.entry("actions", "certex-dashboard certex-producers"),
          Map.entry("injects", "certex-producers"),
          Map.entry("expectations", "certex-producers"),
          Map.entry("decisions", "certex-streams"),
          Map.entry("deliveries", "certex-streams"),
          Map.entry("clocks", "certex-streams"),
          Map.entry("incidents", "certex-streams"),
          Map.entry("attribution", "certex-streams"),
          Map.entry("dlq", "certex-streams"));

  private static SaslCluster cluster;
  private static RunTopics topics;

  @BeforeAll
  static void secureClusterAndCreateARun() throws Exception {
    cluster = SaslCluster.start(1);
    cluster.secure(ACLS);
    topics = TopicCatalogue.forRun(RUN, 1);
    // As the engine does it: as certex-producers, creating the topics and granting the run's ACLs.
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              try (Admin admin = Admin.create(cluster.serviceSettings("certex-producers"))) {
                new TopicProvisioner(admin, (short) 1)
                    .grantingRunAcls(ACLS)
                    .ensure(List.of(TopicCatalogue.runs()));
                new TopicProvisioner(admin, (short) 1).grantingRunAcls(ACLS).ensure(topics);
              }
            });
    try (Admin admin = Admin.create(cluster.serviceSettings("certex-streams"))) {
      new TopicProvisioner(admin, (short) 1).ensure(List.of(TopicCatalogue.pipelines()));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @DisplayName("each service writes exactly the topics it owns, and is refused on all others")
  void eachServiceWritesOnlyWhatItOwns() throws Exception {
    Map<String, String> writable = new TreeMap<>();
    for (String principal : ACLS.principals()) {
      try (var producer = producer(principal)) {
        for (String topic : allTopics()) {
          writable.merge(topic, tryWrite(producer, topic) ? principal : "", this::join);
        }
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (String topic : allTopics()) {
      expected.put(topic, OWNER.get(kind(topic)));
    }
    assertThat(writable).isEqualTo(expected);
  }

  @Test
  @DisplayName("a service may not write another run's topics before the engine granted them")
  void anotherRunIsClosedUntilGranted() throws Exception {
    RunTopics other = TopicCatalogue.forRun("acl-other-20261201-220000", 1);
    try (Admin admin = Admin.create(cluster.adminSettings())) {
      new TopicProvisioner(admin, (short) 1).ensure(other);
    }
    try (var producer = producer("certex-streams")) {
      assertThat(tryWrite(producer, other.deliveries().name())).isFalse();
    }
  }

  @Test
  @DisplayName("only the engine may grant ACLs; a wrong password does not get in")
  void onlyTheEngineGrantsAndPasswordsCount() {
    for (String principal : List.of("certex-streams", "certex-dashboard")) {
      try (Admin admin = Admin.create(cluster.serviceSettings(principal))) {
        assertThatThrownBy(() -> admin.createAcls(ACLS.forRun(RUN)).all().get(30, TimeUnit.SECONDS))
            .as(principal)
            .hasCauseInstanceOf(ClusterAuthorizationException.class);
      }
    }
    Map<String, Object> wrong = new HashMap<>(cluster.serviceSettings("certex-streams"));
    wrong.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"certex-streams\" password=\"not-its-password\";");
    try (Admin admin = Admin.create(wrong)) {
      assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(SaslAuthenticationException.class);
    }
  }

  private static List<String> allTopics() {
    List<String> names = new ArrayList<>(List.of("certex.runs", "certex.pipelines"));
    topics.all().stream().map(TopicSpec::name).forEach(names::add);
    return names;
  }

  private static String kind(String topic) {
    return topic.startsWith("certex." + RUN + ".")
        ? topic.substring(("certex." + RUN + ".").length())
        : topic;
  }

  private String join(String a, String b) {
    return Stream.of(a, b)
        .filter(s -> !s.isEmpty())
        .sorted()
        .reduce((x, y) -> x + " " + y)
        .orElse("");
  }

  private static KafkaProducer<byte[], byte[]> producer(String principal) {
    Map<String, Object> settings = new HashMap<>(cluster.serviceSettings(principal));
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
    settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    return new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** True when the broker acknowledged; false when it refused for want of an ACL. */
  private static boolean tryWrite(KafkaProducer<byte[], byte[]> producer, String topic)
      throws Exception {
    byte[] bytes = "acl probe".getBytes(StandardCharsets.UTF_8);
    try {
      producer.send(new ProducerRecord<>(topic, bytes, bytes)).get(30, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicAuthorizationException) {
        return false;
      }
      throw e;
    } catch (TopicAuthorizationException e) {
      return false;
    }
  }
}
