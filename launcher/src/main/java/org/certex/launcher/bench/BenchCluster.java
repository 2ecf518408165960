package org.certex.launcher.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.DashboardConfiguration;
import org.certex.launcher.CertexApplication;
import org.certex.launcher.ScratchFolder;
import org.certex.producers.ProducersConfiguration;
import org.certex.producers.ProducersProperties;
import org.certex.producers.exercise.TopicPublisher;
import org.certex.schemas.TopicProvisioner;
import org.certex.streams.StreamsConfiguration;
import org.certex.streams.run.RunSupervisor;
import org.certex.streams.run.StreamsProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The cluster a bench runs on (a fresh embedded broker in the bench's folder, or {@code
 * --bootstrap}) and the producers and streams roles as a run hosts them: the same Spring
 * configurations, so the simulated CERTs' publisher, the run supervisor and their settings
 * (environment variables included) are the ones a run uses.
 */
final class BenchCluster {

  private final String bootstrapServers;
  private final boolean embedded;
  private final ConfigurableApplicationContext context;

  private BenchCluster(
      String bootstrapServers, boolean embedded, ConfigurableApplicationContext context) {
    this.bootstrapServers = bootstrapServers;
    this.embedded = embedded;
    this.context = context;
  }

  /**
   * Starts the broker (unless {@code bootstrap} is given) and the roles, both owned by {@code
   * folder}, which closes them. The broker's data is in {@code folder}, deleted with it, or in
   * {@code data} if given, which keeps the run for {@code certex debrief}, {@code replay} and
   * {@code bench debrief} to read.
   *
   * @throws BenchRefusedException when an external cluster has runs whose pipelines this process
   *     would join
   */
  static BenchCluster start(
      Optional<String> bootstrap, Integer partitions, ScratchFolder folder, Path data) {
    String servers;
    if (bootstrap.isPresent()) {
      servers = bootstrap.get();
      List<String> running = ClusterRuns.running(servers);
      if (!running.isEmpty()) {
        throw new BenchRefusedException(
            "the cluster at "
                + servers
                + " has runs recorded as RUNNING, whose sharing pipelines the bench would join: "
                + String.join(", ", running)
                + "; use a cluster without running exercises, or the embedded broker");
      }
    } else {
      // On --data the broker keeps its logs there (DIR/kafka, as certex run lays them out).
      Path dir = data != null ? data : folder.path().resolve("broker");
      servers = folder.own(EmbeddedKafkaBroker.start(dir, 0)).bootstrapServers();
    }
    Map<String, Object> chosen = new HashMap<>();
    chosen.put("spring.kafka.bootstrap-servers", servers);
    chosen.put("certex.streams.state-dir", folder.path().resolve("streams").toString());
    if (partitions != null) {
      chosen.put("certex.producers.partitions", partitions);
    }
    SpringApplication app =
        new SpringApplicationBuilder(CertexApplication.class)
            .sources(ProducersConfiguration.class, StreamsConfiguration.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .registerShutdownHook(false)
            .build();
    app.addInitializers(
        c ->
            c.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("certex-bench", chosen)));
    return new BenchCluster(servers, bootstrap.isEmpty(), folder.own(app.run()));
  }

  /**
   * A fresh embedded broker in {@code folder} and, besides the producers and streams roles, the
   * dashboard on a free port, for the live-client bench: {@code settings} are the dashboard's
   * (access secret, stream limits).
   */
  static BenchCluster startWithDashboard(ScratchFolder folder, Map<String, Object> settings) {
    String servers =
        folder
            .own(EmbeddedKafkaBroker.start(folder.path().resolve("broker"), 0))
            .bootstrapServers();
    Map<String, Object> chosen = new HashMap<>(settings);
    chosen.put("spring.kafka.bootstrap-servers", servers);
    chosen.put("certex.streams.state-dir", folder.path().resolve("streams").toString());
    chosen.put("server.port", 0);
    chosen.put("management.server.port", -1);
    SpringApplication app =
        new SpringApplicationBuilder(CertexApplication.class)
            .sources(
                ProducersConfiguration.class,
                StreamsConfiguration.class,
                DashboardConfiguration.class)
            .web(WebApplicationType.SERVLET)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .registerShutdownHook(false)
            .build();
    app.addInitializers(
        c ->
            c.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("certex-bench-live", chosen)));
    return new BenchCluster(servers, true, folder.own(app.run()));
  }

  /** A bean of the roles' context: the dashboard's, for the live-client bench. */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** The port the dashboard listens on, when it was started. */
  int httpPort() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  String describe() {
    return embedded ? "embedded KRaft broker (in-JVM)" : "external cluster at " + bootstrapServers;
  }

  boolean embedded() {
    return embedded;
  }

  TopicPublisher publisher() {
    return context.getBean(TopicPublisher.class);
  }

  RunSupervisor supervisor() {
    return context.getBean(RunSupervisor.class);
  }

  Admin admin() {
    return context.getBean(Admin.class);
  }

  TopicProvisioner provisioner() {
    return new TopicProvisioner(
        admin(),
        Optional.ofNullable(context.getBean(ProducersProperties.class).replicationFactor()));
  }

  int partitions() {
    return context.getBean(ProducersProperties.class).partitions();
  }

  StreamsProperties streamsSettings() {
    return context.getBean(StreamsProperties.class);
  }

  /** Boot's consumer settings ({@code spring.kafka.consumer.*}), as the roles start from. */
  Map<String, Object> consumerProperties() {
    return context.getBean(KafkaProperties.class).buildConsumerProperties();
  }

  /** Only the address: the raw baseline runs on the clients' own defaults. */
  Map<String, Object> plainClientProperties() {
    return Map.of("bootstrap.servers", bootstrapServers);
  }

  /**
   * The run's topics ({@code certex.<run>.*}), the raw and pass-through ones ({@code
   * certex.<run>-raw.*}, {@code certex.<run>-passthrough.*}) and the pipelines' internal ones.
   */
  static boolean isBenchTopic(String topic, String runId) {
    String internal = RunSupervisor.applicationId(runId);
    return topic.startsWith("certex." + runId + ".")
        || topic.startsWith("certex." + runId + "-raw.")
        || topic.startsWith("certex." + runId + "-passthrough.")
        || topic.startsWith(internal + "-");
  }

  /**
   * Deletes what a bench of run {@code runId} left on an external cluster, once the roles have
   * stopped (with the bench's folder): its topics (the run's, the raw and pass-through ones, the
   * pipeline's internal ones) and its pipelines' consumer groups. The run's record stays on {@code
   * certex.runs}, COMPLETED (or ABORTED, with the reason, if the bench failed).
   *
   * @return the topics deleted
   */
  List<String> deleteTopicsOf(String runId) throws Exception {
    try (Admin admin = Admin.create(plainClientProperties())) {
      List<String> topics =
          admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
              .filter(t -> isBenchTopic(t, runId))
              .sorted()
              .toList();
      admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
      List<String> groups =
          List.of(
              RunSupervisor.applicationId(runId),
              RunSupervisor.applicationId(runId + "-passthrough"));
      try {
        admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        // a group the bench never made, or already gone: nothing to delete
      }
      return topics;
    }
  }
}
