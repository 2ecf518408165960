package org.certex.dashboard.control;

import java.time.InstantSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.actions.ActionProducerSettings;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.dashboard.views.ExerciseViews;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exercise control's endpoint: the check of its requests and the log that writes them to a run's
 * control topic, with a producer of the same settings as the team actions' (idempotent, acks=all,
 * see {@link ActionProducerSettings}) under its own client id, and a consumer that only reads the
 * topic's last record, as the feed's settings read (never a group member, never committing).
 */
@Configuration(proxyBeanMethods = false)
class ControlConfiguration {

  static final String PRODUCER_CLIENT_ID = "certex-dashboard-control";
  static final String CONSUMER_CLIENT_ID = "certex-dashboard-control-time";

  @Bean
  ControlRequestCheck controlRequestCheck(ExerciseViews views) {
    return new ControlRequestCheck(views);
  }

  @Bean
  ControlRequestLog controlRequestLog(KafkaProperties kafka, DashboardProperties properties) {
    var producerSettings =
        ActionProducerSettings.from(kafka.buildProducerProperties(), properties.actionAckTimeout());
    producerSettings.put(ProducerConfig.CLIENT_ID_CONFIG, PRODUCER_CLIENT_ID);
    var consumerSettings = FeedConsumerSettings.from(kafka.buildConsumerProperties());
    consumerSettings.put(ConsumerConfig.CLIENT_ID_CONFIG, CONSUMER_CLIENT_ID);
    consumerSettings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    return new ControlRequestLog(
        new KafkaProducer<>(producerSettings, new ByteArraySerializer(), new ByteArraySerializer()),
        new KafkaConsumer<>(
            consumerSettings, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
        properties.actionAckTimeout(),
        InstantSource.system());
  }
}
