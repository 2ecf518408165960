package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.feed.DeadLetterCause;
import org.certex.dashboard.live.EventFrames;
import org.certex.dashboard.live.LiveStreams;
import org.certex.dashboard.live.LiveSubscriberTest.FakeSink;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.SentAt;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The dashboard's meters")
class DashboardMetricsTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private LiveStreams liveStreams;
  private DashboardMetrics metrics;

  @BeforeEach
  void start() {
    DashboardProperties properties =
        new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("certex.dashboard", DashboardProperties.class);
    liveStreams = new LiveStreams(properties, new EventFrames(JsonMapper.builder().build()));
    liveStreams.start();
    metrics = new DashboardMetrics(registry, liveStreams);
  }

  @AfterEach
  void stop() {
    liveStreams.stop();
  }

  @Test
  @DisplayName(
      "a thousand dead letters with hostile reasons make at most one meter per cause: no text of"
          + " theirs becomes a tag value")
  void hostileReasonsStayOutOfTags() {
    for (int i = 0; i < 1_000; i++) {
      String secret = "secret-" + i + " CERT-RS holds alert-" + i;
      Headers headers =
          switch (i % 4) {
            case 0 -> headers(DeadLetters.REASON, secret, DeadLetters.SOURCE_TOPIC, secret);
            case 1 ->
                headers(
                    DeadLetters.REASON, secret, DeadLetters.SOURCE_TOPIC, TOPICS.alerts().name());
            case 2 ->
                headers(
                    DeadLetters.REASON,
                    DeadLetters.UNDECODABLE + secret,
                    DeadLetters.STREAMS_EXCEPTION,
                    secret);
            default -> headers(DeadLetters.REASON, secret, DeadLetters.STREAMS_EXCEPTION, secret);
          };
      metrics.deadLettered(RUN, DeadLetterCause.of(TOPICS, headers));
    }

    assertThat(registry.find(DashboardMetrics.DEAD_LETTERS).counters())
        .extracting(counter -> counter.getId().getTag("reason"), counter -> counter.count())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("other", 500.0),
            org.assertj.core.groups.Tuple.tuple("invalid-alert", 250.0),
            org.assertj.core.groups.Tuple.tuple("undecodable", 250.0));
    Set<String> tagValues =
        registry.getMeters().stream()
            .map(Meter::getId)
            .flatMap(id -> id.getTags().stream())
            .map(Tag::getValue)
            .collect(Collectors.toSet());
    Set<String> codes =
        Arrays.stream(DeadLetterCause.values())
            .map(DeadLetterCause::code)
            .collect(Collectors.toSet());
    assertThat(tagValues).allSatisfy(value -> assertThat(value).isIn(union(codes, RUN)));
  }

  @Test
  @DisplayName("each kind of dead letter the pipeline writes has its own code")
  void causesOfThePipelinesDeadLetters() {
    assertThat(cause(DeadLetters.REASON, "no addressees", DeadLetters.SOURCE_TOPIC, alerts()))
        .isEqualTo(DeadLetterCause.INVALID_ALERT);
    assertThat(
            cause(
                DeadLetters.REASON,
                "actor 'X' is not a participant of the run",
                DeadLetters.SOURCE_TOPIC,
                TOPICS.actions().name()))
        .isEqualTo(DeadLetterCause.INVALID_REQUEST);
    assertThat(
            cause(
                DeadLetters.REASON,
                DeadLetters.PROCESSING_FAILED + "decide-sharing: boom",
                DeadLetters.STREAMS_EXCEPTION,
                "java.lang.IllegalStateException"))
        .isEqualTo(DeadLetterCause.PROCESSING_FAILED);
    assertThat(
            cause(
                DeadLetters.REASON,
                DeadLetters.UNWRITABLE + "the deliveries: too large",
                DeadLetters.STREAMS_EXCEPTION,
                "org.apache.kafka.common.errors.SerializationException"))
        .isEqualTo(DeadLetterCause.UNWRITABLE);
    assertThat(cause(DeadLetters.SOURCE_TOPIC, alerts()))
        .as("no reason: not the pipeline's")
        .isEqualTo(DeadLetterCause.OTHER);
    assertThat(cause(DeadLetters.REASON, "no addressees", DeadLetters.SOURCE_TOPIC, "elsewhere"))
        .isEqualTo(DeadLetterCause.OTHER);
  }

  @Test
  @DisplayName("every delivery is counted; only those sent since the dashboard started are timed")
  void deliveriesAndTheirLatency() {
    metrics.delivered(RUN, sentAt(Instant.now().minus(Duration.ofHours(3))));
    metrics.delivered(RUN, new RecordHeaders());
    metrics.delivered(RUN, sentAt(Instant.now()));

    assertThat(registry.get(DashboardMetrics.DELIVERIES).tag("run", RUN).counter().count())
        .isEqualTo(3);
    var latency = registry.get(DashboardMetrics.DELIVERY_LATENCY).tag("run", RUN).timer();
    assertThat(latency.count()).as("the replayed and the unstamped are not timed").isEqualTo(1);
    assertThat(latency.max(java.util.concurrent.TimeUnit.SECONDS)).isLessThan(60);
  }

  @Test
  @DisplayName("live clients are the open live streams")
  void liveClients() {
    ExerciseViews views = new ExerciseViews(100);
    views.apply(runRecorded(RUN, Instant.EPOCH)).forEach(liveStreams::publish);
    assertThat(registry.get(DashboardMetrics.LIVE_CLIENTS).gauge().value()).isZero();

    liveStreams.open(
        RUN, () -> views.run(RUN).orElseThrow(), AccessRole.CONTROL, new FakeSink(), null);

    assertThat(registry.get(DashboardMetrics.LIVE_CLIENTS).gauge().value()).isEqualTo(1);
  }

  private static String alerts() {
    return TOPICS.alerts().name();
  }

  private static DeadLetterCause cause(String... namesAndValues) {
    return DeadLetterCause.of(TOPICS, headers(namesAndValues));
  }

  private static Headers headers(String... namesAndValues) {
    RecordHeaders headers = new RecordHeaders();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.add(namesAndValues[i], namesAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return headers;
  }

  private static Headers sentAt(Instant instant) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    return new RecordHeaders()
        .add(
            new RecordHeader(
                SentAt.HEADER, ByteBuffer.allocate(Long.BYTES).putLong(micros).array()));
  }

  private static Set<String> union(Set<String> codes, String run) {
    Set<String> all = new java.util.HashSet<>(codes);
    all.add(run);
    return all;
  }
}
