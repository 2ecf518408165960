package org.certex.launcher.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.certex.streams.run.RunSupervisor;

/**
 * Bytes a run wrote per alert on each of its topics, its pipeline's internal topics included (the
 * state store's changelog): the size of each partition's log on the broker (one replica; batch
 * headers, record headers, keys and transaction markers counted, as they are on disk), summed per
 * topic and divided by the alerts sent. Topics the run left empty are not listed.
 */
final class TopicFootprint {

  private TopicFootprint() {}

  /**
   * @return bytes per alert by topic, named without the run's prefix: {@code alerts}, {@code
   *     decisions}, {@code deliveries}, {@code alert-sharing-changelog}, ...
   */
  static Map<String, Double> perAlert(Admin admin, String runId, long alerts) throws Exception {
    String runPrefix = "certex." + runId + ".";
    String internalPrefix = RunSupervisor.applicationId(runId) + "-";
    Set<String> topics =
        admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
            .filter(t -> t.startsWith(runPrefix) || t.startsWith(internalPrefix))
            .collect(Collectors.toSet());
    Map<TopicPartition, Long> sizes = partitionSizes(admin);
    Map<String, Double> perAlert = new TreeMap<>();
    Map<String, TopicDescription> described =
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
    for (TopicDescription topic : described.values()) {
      long bytes = 0;
      for (int p = 0; p < topic.partitions().size(); p++) {
        bytes += sizes.getOrDefault(new TopicPartition(topic.name(), p), 0L);
      }
      if (bytes > 0) {
        String name =
            topic.name().startsWith(runPrefix)
                ? topic.name().substring(runPrefix.length())
                : topic.name().substring(internalPrefix.length());
        perAlert.put(name, Math.round(10.0 * bytes / alerts) / 10.0);
      }
    }
    return perAlert;
  }

  /** The size of every partition's log, the largest replica's where there are several. */
  private static Map<TopicPartition, Long> partitionSizes(Admin admin) throws Exception {
    var brokers =
        admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(Node::id).toList();
    Map<Integer, Map<String, LogDirDescription>> dirs =
        admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS);
    Map<TopicPartition, Long> sizes = new HashMap<>();
    for (Map<String, LogDirDescription> broker : dirs.values()) {
      for (LogDirDescription dir : broker.values()) {
        for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
          sizes.merge(replica.getKey(), replica.getValue().size(), Math::max);
        }
      }
    }
    return sizes;
  }
}
