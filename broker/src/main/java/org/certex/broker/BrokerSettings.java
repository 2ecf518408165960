package org.certex.broker;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings of a single-node KRaft broker (broker and controller in one process) that
 * exactly-once Kafka Streams and certex's scenario-time timestamps need.
 */
final class BrokerSettings {

  private BrokerSettings() {}

  static Properties singleNode(
      Path logDir, BrokerPorts ports, int nodeId, String controllerListener) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(nodeId));
    p.put("controller.quorum.voters", nodeId + "@localhost:" + ports.controller());
    p.put(
        "listeners",
        "PLAINTEXT://localhost:"
            + ports.client()
            + ",CONTROLLER://localhost:"
            + ports.controller());
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + ports.client());
    p.put("controller.listener.names", controllerListener);
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
}
