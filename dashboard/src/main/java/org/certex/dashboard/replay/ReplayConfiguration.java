package org.certex.dashboard.replay;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.dashboard.feed.RunLog;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Replay mode, when {@code certex.dashboard.replay-run} is set ({@code certex replay RUN}): the
 * read endpoints serve moments folded by {@link ReplayMoments} and {@link ReadOnlyReplay} refuses
 * every write, before the caller's key or body is looked at.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplayCondition.class)
class ReplayConfiguration implements WebMvcConfigurer {

  /** How many moments are kept: enough to scrub back and forth between a few. */
  static final int KEPT_MOMENTS = 6;

  /** How long a fold may read nothing before it fails. */
  static final Duration STALL = Duration.ofMinutes(2);

  static final String CLIENT_ID = "certex-dashboard-replay";

  private final DashboardProperties properties;

  ReplayConfiguration(DashboardProperties properties) {
    this.properties = properties;
  }

  @Bean
  ReplayMoments replayMoments(KafkaProperties kafka) {
    return new ReplayMoments(
        () -> new KafkaConsumer<>(consumerSettings(kafka.buildConsumerProperties())),
        properties.maxDeliveriesPerCert(),
        STALL,
        KEPT_MOMENTS);
  }

  /** The application's Kafka settings, with no group, read_committed, as {@link RunLog} reads. */
  static Map<String, Object> consumerSettings(Map<String, Object> common) {
    Map<String, Object> settings = FeedConsumerSettings.from(common);
    settings.putAll(RunLog.consumerSettings());
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return settings;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ReadOnlyReplay(properties.replayRun())).order(-1);
  }
}
