package org.certex.launcher.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A KRaft cluster of combined nodes (broker and controller each) inside the test JVM, built with
 * Kafka's own {@link KafkaClusterTestKit} (node 0 is broker and controller, the others brokers),
 * set as docker-compose.yml sets the distributed layout: replication factor = brokers, {@code
 * min.insync.replicas} = 2 from 3 brokers on, scenario-time timestamps accepted, no auto-created
 * topics. A broker can be stopped and started again while its controller keeps the quorum, which is
 * the fault the reliability tests inject.
 */
final class KafkaCluster implements AutoCloseable {

  private final KafkaClusterTestKit kit;
  private final Path folder;

  private KafkaCluster(KafkaClusterTestKit kit, Path folder) {
    this.kit = kit;
    this.folder = folder;
  }

  /** Formats and starts {@code brokers} combined nodes (ids 0..brokers-1) and waits until ready. */
  static KafkaCluster start(int brokers) throws Exception {
    if (brokers < 1) {
      throw new IllegalArgumentException("expected at least 1 broker, got " + brokers);
    }
    Path folder = Files.createTempDirectory("certex-cluster-");
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(brokers)
            // One controller, on node 0: with three, Kafka 4.3.1's KRaft followers die here on an
            // UpdateVoter "invalid request" (a fatal raft error) within seconds of start-up. The
            // faults these tests inject are broker faults; node 0's controller outlives its broker.
            .setNumControllerNodes(1)
            .setBaseDirectory(folder)
            // The production metadata version, as the app's own broker formats with: the testing
            // one (4.4-IV0) turns on quorum features whose UpdateVoter exchange fails here.
            .setBootstrapMetadataVersion(MetadataVersion.LATEST_PRODUCTION)
            .build();
    KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
    settings(brokers).forEach(builder::setConfigProp);
    KafkaClusterTestKit kit = builder.setDeleteOnClose(true).build();
    try {
      kit.format();
      kit.startup();
      kit.waitForReadyBrokers();
    } catch (Exception | Error e) {
      closeQuietly(kit, folder);
      throw e;
    }
    return new KafkaCluster(kit, folder);
  }

  /** The broker settings certex needs, as docker-compose.yml and BrokerSettings have them. */
  static Map<String, String> settings(int brokers) {
    String replication = String.valueOf(brokers);
    String minIsr = String.valueOf(brokers >= 3 ? 2 : 1);
    return Map.ofEntries(
        Map.entry("default.replication.factor", replication),
        Map.entry("min.insync.replicas", minIsr),
        Map.entry("offsets.topic.replication.factor", replication),
        Map.entry("transaction.state.log.replication.factor", replication),
        Map.entry("transaction.state.log.min.isr", minIsr),
        Map.entry("share.coordinator.state.topic.replication.factor", replication),
        Map.entry("share.coordinator.state.topic.min.isr", minIsr),
        Map.entry("auto.create.topics.enable", "false"),
        // Records carry scenario time, which may lie years ahead of or behind the wall clock.
        Map.entry("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE)),
        Map.entry("log.roll.ms", String.valueOf(Long.MAX_VALUE)),
        Map.entry("group.initial.rebalance.delay.ms", "0"));
  }

  /** Host:port of every running broker, comma-separated. */
  String bootstrapServers() {
    return kit.bootstrapServers();
  }

  /** How many brokers are configured in the cluster, running or not. */
  int brokers() {
    return kit.brokers().size();
  }

  /** Stops broker {@code id} cleanly and waits until it is down; its controller stays up. */
  void stopBroker(int id) {
    BrokerServer broker = broker(id);
    broker.shutdown();
    broker.awaitShutdown();
  }

  /** Starts broker {@code id} again on its own log folders; it catches up as a follower. */
  void startBroker(int id) {
    broker(id).startup();
  }

  private BrokerServer broker(int id) {
    BrokerServer broker = kit.brokers().get(id);
    if (broker == null) {
      throw new IllegalArgumentException(
          "no broker " + id + ": expected one of " + kit.brokers().keySet());
    }
    return broker;
  }

  /** Stops every node and removes the cluster's folders. */
  @Override
  public void close() {
    closeQuietly(kit, folder);
  }

  private static void closeQuietly(KafkaClusterTestKit kit, Path folder) {
    try {
      kit.close();
    } catch (Exception e) {
      throw new IllegalStateException("the cluster did not close cleanly", e);
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
