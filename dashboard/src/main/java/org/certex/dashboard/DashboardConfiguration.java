package org.certex.dashboard;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The live monitoring dashboard, for an application to {@code @Import}: the run feed, the fold of
 * the views, the JSON and live-stream endpoints under {@code /api/runs} and the page at {@code /}.
 *
 * <p>Needs an application with {@code @EnableAutoConfiguration} (web MVC and Kafka): the feed
 * connects with Boot's {@link KafkaProperties}, i.e. {@code spring.kafka.bootstrap-servers} and the
 * other common {@code spring.kafka.*} settings. The dashboard's own settings are {@link
 * DashboardProperties}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
    basePackageClasses = DashboardConfiguration.class,
    excludeFilters = @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardConfiguration {

  @Bean
  ExerciseViews exerciseViews(DashboardProperties properties) {
    return new ExerciseViews(properties.maxDeliveriesPerCert());
  }

  @Bean
  RunFeed runFeed(
      KafkaProperties kafka,
      DashboardProperties properties,
      ExerciseViews views,
      LiveStreams liveStreams) {
    return new RunFeed(
        () ->
            new KafkaConsumer<>(
                FeedConsumerSettings.from(kafka.buildConsumerProperties()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer()),
        new ExerciseEventDecoder(),
        event -> views.apply(event).forEach(liveStreams::publish),
        properties.pollTimeout());
  }
}
