package org.certex.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.certex.broker.EmbeddedKafkaBroker;

/** The cluster a command talks to: an external one, or the broker started inside this JVM. */
final class KafkaConnection implements AutoCloseable {

  static final int PREFERRED_EMBEDDED_PORT = 9092;

  private final String bootstrapServers;
  private final EmbeddedKafkaBroker embedded;
  private final KafkaClientSecurity security;

  private KafkaConnection(
      String bootstrapServers, EmbeddedKafkaBroker embedded, KafkaClientSecurity security) {
    this.bootstrapServers = bootstrapServers;
    this.embedded = embedded;
    this.security = security;
  }

  /**
   * Uses {@code bootstrap} when given, authenticating as the environment says ({@link
   * KafkaClientSecurity}); otherwise starts a broker with its data in {@code data}.
   */
  static KafkaConnection open(String bootstrap, Path data) {
    if (bootstrap != null && !bootstrap.isBlank()) {
      return new KafkaConnection(bootstrap.strip(), null, KafkaClientSecurity.fromEnvironment());
    }
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, PREFERRED_EMBEDDED_PORT);
    return new KafkaConnection(broker.bootstrapServers(), broker, KafkaClientSecurity.none());
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  /** The bootstrap address and the security settings, for a plain Kafka client. */
  Map<String, Object> clientSettings() {
    Map<String, Object> settings = new HashMap<>(security.clientSettings());
    settings.put("bootstrap.servers", bootstrapServers);
    return settings;
  }

  /** The security settings as Spring Boot's {@code spring.kafka.*} (empty when plaintext). */
  Map<String, Object> springSettings() {
    return security.springSettings();
  }

  /**
   * Whether this process owns the cluster (the embedded broker, whose data folder it has locked):
   * then no other process can be playing a run recorded as RUNNING.
   */
  boolean ownsCluster() {
    return embedded != null;
  }

  String describe() {
    return embedded == null
        ? "external cluster at " + bootstrapServers
        : "embedded KRaft broker at " + bootstrapServers + " (data in " + embedded.logDir() + ")";
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
