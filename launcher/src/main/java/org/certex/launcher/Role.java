package org.certex.launcher;

import org.certex.dashboard.DashboardConfiguration;
import org.certex.producers.ProducersConfiguration;
import org.certex.streams.StreamsConfiguration;

/** A certex process role; {@code run} hosts all three in one JVM, {@code service} one of them. */
enum Role {
  PRODUCERS(ProducersConfiguration.class, 9465),
  STREAMS(StreamsConfiguration.class, 9466),
  DASHBOARD(DashboardConfiguration.class, 9467);

  private final Class<?> configuration;
  private final int managementPort;

  Role(Class<?> configuration, int managementPort) {
    this.configuration = configuration;
    this.managementPort = managementPort;
  }

  Class<?> configuration() {
    return configuration;
  }

  /**
   * The default port of the role's health and metrics when it runs as its own process, one per role
   * so that the three can share a host ({@link ManagementServer}).
   */
  int managementPort() {
    return managementPort;
  }
}
