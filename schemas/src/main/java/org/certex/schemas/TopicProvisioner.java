package org.certex.schemas;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates catalogue topics with the configured replication factor (by default the cluster's own
 * {@code default.replication.factor}); topics that exist already are left as they are, so
 * provisioning is safe to repeat on every start.
 */
public final class TopicProvisioner {

  private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(30);

  private final Admin admin;
  private final Optional<Short> replicationFactor;
  private final ServiceAcls runAcls;

  /** Creates topics with the cluster's default replication factor. */
  public TopicProvisioner(Admin admin) {
    this(admin, Optional.empty());
  }

  public TopicProvisioner(Admin admin, short replicationFactor) {
    this(admin, Optional.of(replicationFactor));
  }

  public TopicProvisioner(Admin admin, Optional<Short> replicationFactor) {
    this(admin, replicationFactor, null);
  }

  private TopicProvisioner(Admin admin, Optional<Short> replicationFactor, ServiceAcls runAcls) {
    this.admin = admin;
    this.replicationFactor = replicationFactor;
    this.runAcls = runAcls;
  }

  /**
   * This provisioner, also granting each run's ACLs ({@link ServiceAcls#forRun}) when it makes the
   * run's topics: on a cluster with an authorizer, the services could not write them otherwise.
   */
  public TopicProvisioner grantingRunAcls(ServiceAcls acls) {
    return new TopicProvisioner(admin, replicationFactor, acls);
  }

  public void ensure(Collection<? extends TopicSpec<?, ?>> specs) {
    List<NewTopic> topics =
        specs.stream()
            .map(
                spec ->
                    new NewTopic(spec.name(), Optional.of(spec.partitions()), replicationFactor)
                        .configs(spec.config()))
            .toList();
    admin
        .createTopics(topics)
        .values()
        .forEach(
            (name, future) -> {
              try {
                future.get(30, TimeUnit.SECONDS);
              } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                  throw new IllegalStateException("Cannot create topic " + name, e.getCause());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + name, e);
              } catch (TimeoutException e) {
                throw new IllegalStateException("Timed out creating topic " + name, e);
              }
            });
    awaitLeaders(specs);
  }

  /**
   * Waits until the leader of every partition serves requests. A topic's creation completes when
   * the controller commits it; the broker becomes leader a moment later, and a producer that writes
   * in between gets {@code NOT_LEADER_OR_FOLLOWER}, whose retries can unsettle an idempotent
   * producer's sequence numbers on a fresh broker. Listing offsets is answered by the leader
   * itself, and the admin client retries it until the leader is ready.
   */
  private void awaitLeaders(Collection<? extends TopicSpec<?, ?>> specs) {
    Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
    for (TopicSpec<?, ?> spec : specs) {
      for (int p = 0; p < spec.partitions(); p++) {
        partitions.put(new TopicPartition(spec.name(), p), OffsetSpec.latest());
      }
    }
    long deadline = System.nanoTime() + LEADER_TIMEOUT.toNanos();
    while (true) {
      try {
        admin.listOffsets(partitions).all().get(LEADER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return;
      } catch (ExecutionException e) {
        // A topic the broker's metadata does not show yet fails at once rather than being retried.
        if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Topics have no ready leader: " + partitions.keySet(), e.getCause());
        }
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for topic leaders", e);
      } catch (TimeoutException e) {
        throw new IllegalStateException("No topic leader ready within " + LEADER_TIMEOUT, e);
      }
    }
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for topic leaders", e);
    }
  }

  public void ensure(RunTopics run) {
    ensure(run.all());
    if (runAcls != null) {
      try {
        admin.createAcls(runAcls.forRun(run.runId())).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw new IllegalStateException(
            "Cannot grant the ACLs of run " + run.runId() + ": " + e.getCause().getMessage(),
            e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while granting ACLs", e);
      } catch (TimeoutException e) {
        throw new IllegalStateException("Timed out granting the ACLs of run " + run.runId(), e);
      }
    }
  }
}
