package org.certex.launcher.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.certex.streams.run.RunSupervisor;

/** What the fault tests ask the cluster: who to stop, and when it has healed. */
final class Faults {

  private Faults() {}

  /** The broker coordinating the run's pipeline group. */
  static int coordinatorOf(Admin admin, String runId) throws Exception {
    String group = RunSupervisor.applicationId(runId);
    return admin
        .describeConsumerGroups(List.of(group))
        .describedGroups()
        .get(group)
        .get(30, TimeUnit.SECONDS)
        .coordinator()
        .id();
  }

  /** Waits until every partition of every topic has {@code replicas} in-sync replicas. */
  static void awaitFullIsr(Admin admin, int replicas, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (!fullIsr(admin, replicas)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("partitions still under-replicated after " + within);
      }
      Thread.sleep(200);
    }
  }

  private static boolean fullIsr(Admin admin, int replicas) throws Exception {
    var names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    for (TopicDescription d :
        admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
      if (d.partitions().stream().anyMatch(p -> p.isr().size() < replicas)) {
        return false;
      }
    }
    return true;
  }
}
