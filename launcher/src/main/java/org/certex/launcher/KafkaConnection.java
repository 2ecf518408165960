package org.certex.launcher;

import java.nio.file.Path;
import org.certex.broker.EmbeddedKafkaBroker;

/** The cluster a command talks to: an external one, or the broker started inside this JVM. */
final class KafkaConnection implements AutoCloseable {

  static final int PREFERRED_EMBEDDED_PORT = 9092;

  private final String bootstrapServers;
  private final EmbeddedKafkaBroker embedded;

  private KafkaConnection(String bootstrapServers, EmbeddedKafkaBroker embedded) {
    this.bootstrapServers = bootstrapServers;
    this.embedded = embedded;
  }

  /** Uses {@code bootstrap} when given; otherwise starts a broker with its data in {@code data}. */
  static KafkaConnection open(String bootstrap, Path data) {
    if (bootstrap != null && !bootstrap.isBlank()) {
      return new KafkaConnection(bootstrap.strip(), null);
    }
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, PREFERRED_EMBEDDED_PORT);
    return new KafkaConnection(broker.bootstrapServers(), broker);
  }

  String bootstrapServers() {
    return bootstrapServers;
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
