package org.certex.streams.run;

import org.apache.kafka.streams.KafkaStreams;

/**
 * Where a run's pipeline shows its Kafka Streams client metrics (consumer lag above all) while it
 * runs; the binding ends, and its meters go, when the pipeline closes.
 */
public interface PipelineMeters {

  /** Shows nothing: tests, and processes without metrics. */
  PipelineMeters NONE = (runId, streams) -> () -> {};

  /** Shows the client metrics of {@code streams}, the pipeline of {@code runId}. */
  Binding bind(String runId, KafkaStreams streams);

  /** One pipeline's meters, removed on close. */
  @FunctionalInterface
  interface Binding extends AutoCloseable {
    @Override
    void close();
  }
}
