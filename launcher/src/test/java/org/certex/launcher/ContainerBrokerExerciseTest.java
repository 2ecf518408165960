package org.certex.launcher;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end exercise against Kafka in a container (the official apache/kafka image). Runs
 * where Docker runs; skipped, not failed, where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerExerciseTest extends ExerciseFlowContract {

  @Container static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

  @Override
  String bootstrapServers() {
    return KAFKA.getBootstrapServers();
  }
}
