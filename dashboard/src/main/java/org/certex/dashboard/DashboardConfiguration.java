package org.certex.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessLinks;
import org.certex.dashboard.actions.ActionCheck;
import org.certex.dashboard.actions.ActionProducerSettings;
import org.certex.dashboard.actions.KafkaActionLog;
import org.certex.dashboard.actions.TeamAlertCheck;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.dashboard.feed.FeedMeters;
import org.certex.dashboard.feed.RunFeed;
import org.certex.dashboard.live.EventFrames;
import org.certex.dashboard.live.LiveStreams;
import org.certex.dashboard.scores.TallySignal;
import org.certex.dashboard.views.ExerciseViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live monitoring dashboard, for an application to {@code @Import}: the run feed, the fold of
 * the views, the JSON and live-stream endpoints under {@code /api/runs}, the endpoint where teams
 * act (the one place the dashboard writes to Kafka: the run's actions topic) and the page at {@code
 * /}.
 *
 * <p>Needs an application with {@code @EnableAutoConfiguration} (web MVC and Kafka): the feed and
 * the actions' producer connect with Boot's {@link KafkaProperties}, i.e. {@code
 * spring.kafka.bootstrap-servers} and the other common {@code spring.kafka.*} settings (the
 * producer's under {@code spring.kafka.producer.*}). The dashboard's own settings are {@link
 * DashboardProperties}.
 *
 * <p>Every API call that carries alerts needs an access key (see {@link AccessKeys}); {@link
 * AccessLinks} makes the links that carry them, for a launcher to print.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
    basePackageClasses = DashboardConfiguration.class,
    excludeFilters = @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DashboardConfiguration.class);

  @Bean
  AccessKeys accessKeys(DashboardProperties properties) {
    if (properties.hasAccessSecret()) {
      return AccessKeys.withSecret(properties.accessSecret());
    }
    if (!properties.generateAccessSecret()) {
      throw new IllegalStateException(
          "certex.dashboard.access-secret is not set: a dashboard run as a service needs its own"
              + " secret (CERTEX_DASHBOARD_ACCESSSECRET, 16+ characters, e.g. from openssl rand"
              + " -base64 32), the one certex links prints links with; only certex run makes one up");
    }
    log.info(
        "Access secret generated: certex.dashboard.access-secret is not set, so access links"
            + " stop working when the dashboard stops");
    return AccessKeys.withRandomSecret();
  }

  @Bean
  AccessLinks accessLinks(AccessKeys keys) {
    return new AccessLinks(keys);
  }

  @Bean
  EventFrames eventFrames(JsonMapper json) {
    return new EventFrames(json);
  }

  @Bean
  ExerciseViews exerciseViews(DashboardProperties properties) {
    return new ExerciseViews(properties.maxDeliveriesPerCert());
  }

  @Bean
  ActionCheck actionCheck(ExerciseViews views) {
    return new ActionCheck(views);
  }

  @Bean
  TeamAlertCheck teamAlertCheck(ExerciseViews views, ActionCheck actions) {
    return new TeamAlertCheck(views, actions);
  }

  @Bean
  KafkaActionLog actionLog(KafkaProperties kafka, DashboardProperties properties) {
    return new KafkaActionLog(
        new KafkaProducer<>(
            ActionProducerSettings.from(
                kafka.buildProducerProperties(), properties.actionAckTimeout()),
            new ByteArraySerializer(),
            new ByteArraySerializer()),
        properties.actionAckTimeout());
  }

  /**
   * Says settled pipeline failures (see {@link PipelineAlarm}) and tells the live pages of changed
   * tallies (see {@link TallySignal}); a daemon, it ends with the JVM.
   */
  private final ScheduledExecutorService alarms =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "certex-dashboard-pipeline-alarm");
            thread.setDaemon(true);
            return thread;
          });

  @Bean
  RunFeed runFeed(
      KafkaProperties kafka,
      DashboardProperties properties,
      ExerciseViews views,
      LiveStreams liveStreams,
      ObjectProvider<MeterRegistry> registry) {
    PipelineAlarm alarm = new PipelineAlarm(Clock.systemUTC());
    alarms.scheduleAtFixedRate(alarm::raiseSettled, 1, 1, TimeUnit.SECONDS);
    alarms.scheduleAtFixedRate(
        () -> views.dueTallies().forEach(liveStreams::publish), 250, 250, TimeUnit.MILLISECONDS);
    MeterRegistry meterRegistry = registry.getIfAvailable();
    DashboardMetrics metrics =
        meterRegistry == null ? null : new DashboardMetrics(meterRegistry, liveStreams);
    return new RunFeed(
        () -> {
          var consumer =
              new KafkaConsumer<>(
                  FeedConsumerSettings.from(kafka.buildConsumerProperties()),
                  new ByteArrayDeserializer(),
                  new ByteArrayDeserializer());
          return metrics == null ? consumer : metrics.watch(consumer);
        },
        new ExerciseEventDecoder(),
        event ->
            views
                .apply(event)
                .forEach(
                    change -> {
                      alarm.accept(change);
                      liveStreams.publish(change);
                    }),
        properties.pollTimeout(),
        metrics == null ? FeedMeters.NONE : metrics);
  }
}
