package org.certex.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";

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
      Properties props = brokerProperties(logDir, ports);
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

  private static Properties brokerProperties(Path logDir, BrokerPorts ports) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@localhost:" + ports.controller());
    p.put(
        "listeners",
        "PLAINTEXT://localhost:"
            + ports.client()
            + ",CONTROLLER://localhost:"
            + ports.controller());
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + ports.client());
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("metadata.log.dir", logDir.toString());
    // One node: every internal topic has one replica. Without the transaction-log settings
    // exactly-once Streams hangs in initTransactions.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "3");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "3");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    // certex stamps records with scenario time, which may run ahead of the wall clock.
    p.put("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE));
    // Segments roll by the age of their first record's timestamp; with scenario time in the past
    // every append would roll a new segment. Roll by size only.
    p.put("log.roll.ms", String.valueOf(Long.MAX_VALUE));
    p.put("num.partitions", "3");
    return p;
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

  /** The client and controller ports, remembered in the data folder across restarts. */
  record BrokerPorts(int client, int controller) {
    private static final String FILE = "certex-ports.properties";

    static BrokerPorts load(Path logDir, int preferredPort) throws IOException {
      Path file = logDir.resolve(FILE);
      if (Files.exists(file)) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
          p.load(in);
        }
        int client = Integer.parseInt(p.getProperty("client"));
        int controller = Integer.parseInt(p.getProperty("controller"));
        if ((preferredPort == 0 || preferredPort == client)
            && isFree(client)
            && isFree(controller)) {
          return new BrokerPorts(client, controller);
        }
      }
      int client = preferredPort != 0 && isFree(preferredPort) ? preferredPort : freePort();
      return new BrokerPorts(client, freePort());
    }

    void save(Path logDir) throws IOException {
      Properties p = new Properties();
      p.setProperty("client", String.valueOf(client));
      p.setProperty("controller", String.valueOf(controller));
      try (OutputStream out = Files.newOutputStream(logDir.resolve(FILE))) {
        p.store(out, "ports of the certex embedded broker");
      }
    }

    private static boolean isFree(int port) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("localhost", port));
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
