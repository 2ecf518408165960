package org.certex.producers;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.producers.exercise.ExerciseMeters;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.TopicPublisher;
import org.certex.schemas.ServiceAcls;
import org.certex.schemas.TopicProvisioner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/** The producers process: the simulated CERTs and the exercise runner that drives them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProducersProperties.class)
public class ProducersConfiguration {

  /**
   * Idempotent, acks=all: a published inject is written once and survives a broker loss. Batching
   * as {@link TopicPublisher} says, unless {@code spring.kafka.producer.batch-size} sets it.
   */
  @Bean(destroyMethod = "close")
  TopicPublisher topicPublisher(KafkaProperties kafka) {
    Map<String, Object> props = new HashMap<>(kafka.buildProducerProperties());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, TopicPublisher.LINGER_MS);
    props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, TopicPublisher.BATCH_BYTES);
    return new TopicPublisher(
        new DefaultKafkaProducerFactory<>(
            props, new ByteArraySerializer(), new ByteArraySerializer()));
  }

  @Bean(destroyMethod = "close")
  Admin exerciseAdmin(KafkaProperties kafka) {
    return Admin.create(kafka.buildAdminProperties());
  }

  @Bean(destroyMethod = "close")
  ExerciseRunner exerciseRunner(
      KafkaProperties kafka,
      TopicPublisher publisher,
      Admin admin,
      ProducersProperties settings,
      ObjectProvider<MeterRegistry> registry) {
    var topics = new TopicProvisioner(admin, Optional.ofNullable(settings.replicationFactor()));
    var provisioner = settings.grantRunAcls() ? topics.grantingRunAcls(ServiceAcls.load()) : topics;
    Map<String, Object> consumerProps = new HashMap<>(kafka.buildConsumerProperties());
    consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new ExerciseRunner(
        publisher,
        provisioner,
        () ->
            new KafkaConsumer<>(
                consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
        InstantSource.system(),
        settings.partitions(),
        meters(registry.getIfAvailable()));
  }

  /** Counted in the application's meter registry; a context without one counts nothing. */
  private static ExerciseMeters meters(MeterRegistry registry) {
    return registry == null ? ExerciseMeters.NONE : new ExerciseMetrics(registry);
  }
}
