package org.certex.launcher;

import org.certex.dashboard.DashboardConfiguration;
import org.certex.producers.ProducersConfiguration;
import org.certex.streams.StreamsConfiguration;

/** A certex process role; {@code run} hosts all three in one JVM, {@code service} one of them. */
enum Role {
  PRODUCERS(ProducersConfiguration.class),
  STREAMS(StreamsConfiguration.class),
  DASHBOARD(DashboardConfiguration.class);

  private final Class<?> configuration;

  Role(Class<?> configuration) {
    this.configuration = configuration;
  }

  Class<?> configuration() {
    return configuration;
  }
}
