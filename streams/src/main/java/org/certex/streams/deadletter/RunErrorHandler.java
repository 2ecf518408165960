package org.certex.streams.deadletter;

import java.util.Map;

/**
 * What every exception handler of a run's pipeline is configured with: the run's dead-letter topic
 * and its {@link PipelineHealth}, both from the streams configuration (Kafka Streams creates the
 * handlers itself).
 */
abstract class RunErrorHandler {

  String deadLetterTopic;
  PipelineHealth health;

  public void configure(Map<String, ?> configs) {
    deadLetterTopic = PipelineHealth.deadLetterTopic(configs);
    health = PipelineHealth.from(configs);
  }
}
