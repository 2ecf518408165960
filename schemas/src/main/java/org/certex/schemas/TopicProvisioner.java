package org.certex.schemas;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates catalogue topics with the configured replication factor (by default the cluster's own
 * {@code default.replication.factor}); topics that exist already are left as they are, so
 * provisioning is safe to repeat on every start.
 */
public final class TopicProvisioner {

  private final Admin admin;
  private final Optional<Short> replicationFactor;

  /** Creates topics with the cluster's default replication factor. */
  public TopicProvisioner(Admin admin) {
    this(admin, Optional.empty());
  }

  public TopicProvisioner(Admin admin, short replicationFactor) {
    this(admin, Optional.of(replicationFactor));
  }

  public TopicProvisioner(Admin admin, Optional<Short> replicationFactor) {
    this.admin = admin;
    this.replicationFactor = replicationFactor;
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
  }

  public void ensure(RunTopics run) {
    ensure(run.all());
  }
}
