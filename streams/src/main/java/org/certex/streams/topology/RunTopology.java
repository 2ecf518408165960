package org.certex.streams.topology;

/**
 * One part of a run's pipeline (sharing, reporting clocks, incidents, attribution). Each adds its
 * own named nodes and stores to the run's {@link RunPipeline}, taking the run's inputs from it, so
 * that the parts compose into one {@code KafkaStreams} per run and each can be tested alone with
 * the topology test driver.
 */
public interface RunTopology {

  /** Adds this topology's nodes, stores and sinks to {@code pipeline}. */
  void addTo(RunPipeline pipeline);
}
