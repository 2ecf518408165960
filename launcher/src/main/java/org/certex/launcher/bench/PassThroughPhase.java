package org.certex.launcher.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import org.certex.streams.run.RunStreamsConfig;

/**
 * Phase 2, the framework's ceiling: the raw records copied by a Kafka Streams topology that does
 * nothing else (a named source and sink, bytes in and out), under the Streams settings of a run's
 * pipeline ({@link RunStreamsConfig}: exactly-once v2, its commit interval, threads and handlers),
 * read back as the dashboard reads. Timed from the moment the application is RUNNING, so its
 * start-up is left out.
 */
final class PassThroughPhase {

  record Result(long records, double perSecond) {}

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final BenchCluster cluster;
  private final ProgressLine progress;

  PassThroughPhase(BenchCluster cluster, ProgressLine progress) {
    this.cluster = cluster;
    this.progress = progress;
  }

  static Topology topology(TopicSpec<?, ?> source, TopicSpec<?, ?> sink) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(
            source.name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-source"))
        .to(
            sink.name(),
            Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-sink"));
    return builder.build();
  }

  /**
   * Copies the {@code records} records of {@code source} to {@code run}'s alerts topic (fresh), as
   * an application of its own ({@code run} names it).
   */
  Result run(TopicSpec<?, ?> source, RunTopics run, long records, Duration timeout)
      throws InterruptedException {
    TopicSpec<?, ?> sink = run.alerts();
    cluster.provisioner().ensure(List.of(sink));
    Properties config =
        RunStreamsConfig.forRun(run, cluster.bootstrapServers(), cluster.streamsSettings());
    AtomicLong runningAt = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    KafkaStreams streams = new KafkaStreams(topology(source, sink), config);
    streams.setStateListener(
        (now, before) -> {
          if (now == KafkaStreams.State.RUNNING) {
            runningAt.compareAndSet(0, System.nanoTime());
            started.countDown();
          } else if (now == KafkaStreams.State.ERROR) {
            started.countDown();
          }
        });
    streams.setUncaughtExceptionHandler(
        e -> {
          failure.compareAndSet(null, e);
          return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    AtomicLong read = new AtomicLong();
    try (var consumer =
        new KafkaConsumer<>(
            FeedConsumerSettings.from(cluster.consumerProperties()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      streams.start();
      if (!started.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || runningAt.get() == 0) {
        throw new IllegalStateException(
            "the pass-through topology did not start within " + START_TIMEOUT, failure.get());
      }
      progress.start("2/4 pass-through", "records", records, read::get);
      long last =
          TopicReading.readUntil(
              consumer,
              sink,
              records,
              read,
              timeout,
              () ->
                  Optional.ofNullable(failure.get())
                      .map(e -> "the pass-through topology failed: " + e));
      progress.end();
      return new Result(records, records / RawBaseline.seconds(runningAt.get(), last));
    } finally {
      streams.close(
          CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
              .withTimeout(CLOSE_TIMEOUT));
    }
  }
}
