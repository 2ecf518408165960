package org.certex.launcher.reliability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.certex.schemas.ServiceAcls;

/**
 * A KRaft cluster in this JVM secured as docker-compose.yml secures its brokers: SASL on the
 * listener clients and brokers use (PLAIN for the brokers' and the operator's own {@code admin},
 * SCRAM-SHA-512 for the certex services), Kafka's {@code StandardAuthorizer} with nothing allowed
 * without an ACL, and {@code admin} the only super user a client can be. The controllers' own
 * listener stays plaintext here (compose puts SASL PLAIN on it too). {@link #secure} then does what
 * compose's {@code kafka-setup} does: a SCRAM user per service and the deployment's ACLs from
 * {@code acls.tsv}.
 */
final class SaslCluster implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin-test-secret";
  static final String EXTERNAL = "EXTERNAL";

  private final KafkaClusterTestKit cluster;

  private SaslCluster(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** {@code brokers} combined nodes, replication = brokers, min ISR 2 from 3 brokers on. */
  static SaslCluster start(int brokers) throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(brokers)
            // One controller, as KafkaCluster has it: three KRaft controllers of the test kit die
            // on an UpdateVoter "invalid request" on Kafka 4.3.1, with the testing metadata
            // version.
            .setNumControllerNodes(1)
            .setBootstrapMetadataVersion(MetadataVersion.LATEST_PRODUCTION)
            .setBrokerListenerName(new ListenerName(EXTERNAL))
            .build();
    KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
    brokerSettings(brokers).forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = builder.setDeleteOnClose(true).build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new SaslCluster(cluster);
  }

  /** The broker settings docker-compose.yml gives its nodes, as server properties. */
  static Map<String, Object> brokerSettings(int brokers) {
    short replicas = (short) brokers;
    String minIsr = brokers >= 3 ? "2" : "1";
    String plain =
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
            + ADMIN
            + "\" password=\""
            + ADMIN_PASSWORD
            + "\" user_"
            + ADMIN
            + "=\""
            + ADMIN_PASSWORD
            + "\";";
    Map<String, Object> p = new HashMap<>();
    // Unlike compose, the brokers reach the controller in plaintext (tried first with SASL, whose
    // failure turned out to be the test kit's 3-controller quorum): no client connects to that
    // listener here, and its unauthenticated peers must be super users for the authorizer.
    p.put("listener.security.protocol.map", EXTERNAL + ":SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512");
    p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
    p.put("listener.name.external.plain.sasl.jaas.config", plain);
    p.put(
        "listener.name.external.scram-sha-512.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    p.put("super.users", "User:" + ADMIN + ";User:ANONYMOUS");
    p.put("allow.everyone.if.no.acl.found", "false");
    p.put("default.replication.factor", String.valueOf(replicas));
    p.put("min.insync.replicas", minIsr);
    p.put("offsets.topic.replication.factor", String.valueOf(replicas));
    p.put("transaction.state.log.replication.factor", String.valueOf(replicas));
    p.put("transaction.state.log.min.isr", minIsr);
    p.put("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
    p.put("share.coordinator.state.topic.min.isr", minIsr);
    p.put("auto.create.topics.enable", "false");
    p.put("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE));
    p.put("log.roll.ms", String.valueOf(Long.MAX_VALUE));
    p.put("group.initial.rebalance.delay.ms", "0");
    return p;
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** Client settings of the super user (PLAIN, as compose's set-up container). */
  Map<String, Object> adminSettings() {
    return clientSettings(
        "PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule", ADMIN, ADMIN_PASSWORD);
  }

  /** Client settings of a service's SCRAM user. */
  Map<String, Object> serviceSettings(String user) {
    return clientSettings(
        "SCRAM-SHA-512",
        "org.apache.kafka.common.security.scram.ScramLoginModule",
        user,
        passwordOf(user));
  }

  /** The environment a certex process gets to connect as {@code user} (KafkaClientSecurity). */
  Map<String, String> serviceEnvironment(String user) {
    return Map.of(
        "KAFKA_BOOTSTRAP_SERVERS",
        bootstrapServers(),
        "KAFKA_SECURITY_PROTOCOL",
        "SASL_PLAINTEXT",
        "KAFKA_SASL_MECHANISM",
        "SCRAM-SHA-512",
        "KAFKA_SASL_USERNAME",
        user,
        "KAFKA_SASL_PASSWORD",
        passwordOf(user));
  }

  static String passwordOf(String user) {
    return user + "-test-password";
  }

  /** A SCRAM-SHA-512 user per principal of {@code acls}, and the deployment's ACLs. */
  void secure(ServiceAcls acls) throws Exception {
    try (Admin admin = Admin.create(adminSettings())) {
      List<UserScramCredentialAlteration> users =
          acls.principals().stream()
              .<UserScramCredentialAlteration>map(
                  user ->
                      new UserScramCredentialUpsertion(
                          user,
                          new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192),
                          passwordOf(user)))
              .toList();
      admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
      admin.createAcls(acls.cluster()).all().get(30, TimeUnit.SECONDS);
    }
  }

  private Map<String, Object> clientSettings(
      String mechanism, String module, String user, String password) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("bootstrap.servers", bootstrapServers());
    settings.put("security.protocol", "SASL_PLAINTEXT");
    settings.put("sasl.mechanism", mechanism);
    settings.put(
        "sasl.jaas.config",
        module + " required username=\"" + user + "\" password=\"" + password + "\";");
    return settings;
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
