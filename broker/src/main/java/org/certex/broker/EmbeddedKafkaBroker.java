package org.certex.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process, no
 * ZooKeeper, no Docker), started inside this JVM from the plain Kafka jars.
 *
 * <p>Why this and not spring-kafka-test's embedded broker: that one needs Kafka's test jars and
 * fails against Kafka 4.3.1. This class uses only two broker-internal entry points ({@link
 * Formatter} and {@link KafkaRaftServer}), so the Kafka version is pinned in the parent pom.
 *
 * <p>Data lives in {@code <dataDir>/kafka}. The storage is formatted once (when {@code
 * meta.properties} is missing) and reused on the next start, so topics and records survive
 * restarts. The chosen ports are remembered beside the data so a restarted broker keeps its
 * address.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  static final int NODE_ID = 1;
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final Path logDir;
  private final Path temporaryDir;

  private EmbeddedKafkaBroker(
      KafkaRaftServer server, String bootstrapServers, Path logDir, Path temporaryDir) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
    this.logDir = logDir;
    this.temporaryDir = temporaryDir;
  }

  /**
   * Starts a broker whose data lives under {@code dataDir}.
   *
   * @param preferredPort the client port to use, or 0 for any free port; a port remembered from an
   *     earlier start in the same folder wins, and a busy preferred port falls back to a free one
   */
  public static EmbeddedKafkaBroker start(Path dataDir, int preferredPort) {
    return start(dataDir, preferredPort, null);
  }

  private static EmbeddedKafkaBroker start(Path dataDir, int preferredPort, Path temporaryDir) {
    Path logDir = dataDir.toAbsolutePath().resolve("kafka");
    try {
      Files.createDirectories(logDir);
      BrokerPorts ports = BrokerPorts.load(logDir, preferredPort);
      Properties props = BrokerSettings.singleNode(logDir, ports, NODE_ID, CONTROLLER_LISTENER);
      KafkaConfig config = KafkaConfig.fromProps(props, false);
      formatIfNeeded(logDir);
      KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      ports.save(logDir);
      String bootstrap = "localhost:" + ports.client();
      log.info("Kafka broker (KRaft, in-JVM) ready on {} with data in {}", bootstrap, logDir);
      return new EmbeddedKafkaBroker(server, bootstrap, logDir, temporaryDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare Kafka data folder " + logDir, e);
    }
  }

  /** Starts a broker on free ports in a new temporary folder, deleted again on {@link #close}. */
  public static EmbeddedKafkaBroker startTemporary() {
    try {
      Path dir = Files.createTempDirectory("certex-broker-");
      return start(dir, 0, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The address of the broker that last ran with its data in {@code dataDir} (another certex
   * process, e.g. {@code certex run}), if one did.
   */
  public static Optional<String> rememberedAddress(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve("kafka").resolve(BrokerPorts.FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      Properties p = new Properties();
      p.load(in);
      return Optional.ofNullable(p.getProperty("client")).map(port -> "localhost:" + port);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Path logDir() {
    return logDir;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    log.info("Kafka broker stopped");
    if (temporaryDir != null) {
      deleteRecursively(temporaryDir);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Could not delete temporary broker folder {}: {}", dir, e.getMessage());
    }
  }

  private static void formatIfNeeded(Path logDir) {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
      new Formatter()
          .setPrintStream(quiet)
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(logDir.toString()))
          .setMetadataLogDirectory(logDir.toString())
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
      log.info("Formatted new Kafka storage in {}", logDir);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format Kafka storage in " + logDir, e);
    }
  }
}
