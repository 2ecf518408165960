package org.certex.dashboard.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;

/**
 * Which topics of which runs the feed reads: of every run it has learned of, all partitions of its
 * deliveries, decisions, dead-letter, control, injects, expectations, actions, NIS2 clocks,
 * incidents and attribution topics (not its alerts: the inboxes show what the policy delivered).
 * Used by the feed thread only.
 */
final class FollowedRuns {

  /** A followed topic and the run it belongs to. */
  record FollowedTopic(RunTopics run, RunTopicKind kind) {}

  private final Map<String, FollowedTopic> topics = new HashMap<>();
  private final Map<String, Integer> partitionsByRun = new HashMap<>();
  private final Set<TopicPartition> partitions = new LinkedHashSet<>();

  /**
   * Follows the topics of a run (again, if its partition count grew).
   *
   * @return the partitions not followed before, to be read from the beginning
   * @throws IllegalArgumentException if the run id cannot name topics
   */
  List<TopicPartition> follow(String runId, int partitionCount) {
    if (partitionsByRun.getOrDefault(runId, 0) >= partitionCount) {
      return List.of();
    }
    RunTopics run = TopicCatalogue.forRun(runId, partitionCount);
    partitionsByRun.put(runId, partitionCount);
    List<TopicPartition> added = new ArrayList<>();
    for (RunTopicKind kind : RunTopicKind.values()) {
      if (kind.folded()) {
        added.addAll(follow(run, kind.of(run), kind));
      }
    }
    return added;
  }

  Optional<FollowedTopic> topic(String name) {
    return Optional.ofNullable(topics.get(name));
  }

  int runs() {
    return partitionsByRun.size();
  }

  private List<TopicPartition> follow(RunTopics run, TopicSpec<?, ?> spec, RunTopicKind kind) {
    topics.put(spec.name(), new FollowedTopic(run, kind));
    return newPartitions(spec);
  }

  private List<TopicPartition> newPartitions(TopicSpec<?, ?> spec) {
    List<TopicPartition> added = new ArrayList<>();
    for (int partition = 0; partition < spec.partitions(); partition++) {
      TopicPartition topicPartition = new TopicPartition(spec.name(), partition);
      if (partitions.add(topicPartition)) {
        added.add(topicPartition);
      }
    }
    return added;
  }
}
