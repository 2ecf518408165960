package org.certex.streams;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.certex.streams.run.PipelineMeters;
import org.certex.streams.run.PipelineMetrics;
import org.certex.streams.run.PipelineStatusLog;
import org.certex.streams.run.RunSupervisor;
import org.certex.streams.run.StreamsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The streams process: the run supervisor, which runs each exercise run's sharing pipeline under
 * the policy that run's record asks for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamsProperties.class)
public class StreamsConfiguration {

  @Bean(initMethod = "start", destroyMethod = "close")
  RunSupervisor runSupervisor(
      KafkaProperties kafka, StreamsProperties settings, ObjectProvider<MeterRegistry> registry) {
    Map<String, Object> connection = connection(kafka.buildAdminProperties());
    try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
      new TopicProvisioner(admin)
          .ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
    }
    Map<String, Object> consumerProps = new HashMap<>(kafka.buildConsumerProperties());
    consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    var consumer =
        new KafkaConsumer<>(
            consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    MeterRegistry meters = registry.getIfAvailable();
    return new RunSupervisor(
        consumer,
        connection,
        settings,
        new PipelineStatusLog(kafka.buildProducerProperties()),
        meters == null ? PipelineMeters.NONE : new PipelineMetrics(meters));
  }

  /**
   * What each run's Kafka Streams needs of Spring's client settings: the cluster's address and how
   * to authenticate ({@code spring.kafka.security.*}, {@code spring.kafka.properties[sasl.*]},
   * ...), nothing else: a pipeline's own settings are {@code certex.streams.*}.
   */
  static Map<String, Object> connection(Map<String, Object> clientProperties) {
    Map<String, Object> connection = new HashMap<>();
    clientProperties.forEach(
        (key, value) -> {
          if (key.equals("bootstrap.servers")
              || key.equals("security.protocol")
              || key.startsWith("sasl.")
              || key.startsWith("ssl.")) {
            connection.put(key, value);
          }
        });
    return connection;
  }
}
