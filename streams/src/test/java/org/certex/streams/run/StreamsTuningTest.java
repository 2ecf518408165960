package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.certex.schemas.TopicCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamsTuningTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "producer.batch.size",
        "producer.compression.type",
        "producer.retry.backoff.ms",
        "consumer.fetch.min.bytes",
        "main.consumer.max.poll.records",
        "statestore.cache.max.bytes"
      })
  @DisplayName("tuning settings reach the run's Streams configuration, over certex's own")
  void tuningApplies(String key) {
    StreamsProperties settings =
        new StreamsProperties(
            "state", Duration.ofMillis(50), 1, Duration.ofSeconds(10), Map.of(key, "7"));
    Properties config =
        RunStreamsConfig.forRun(TopicCatalogue.forRun("r", 3), "localhost:9092", settings);
    assertThat(config.get(key)).isEqualTo("7");
    assertThat(config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "processing.guarantee",
        "application.id",
        "bootstrap.servers",
        "producer.acks",
        "producer.enable.idempotence",
        "producer.transactional.id",
        "consumer.isolation.level",
        "main.consumer.isolation.level",
        "consumer.producer.acks",
        "producer.",
        "default.deserialization.exception.handler"
      })
  @DisplayName("nothing exactly-once or the run's identity rests on can be tuned")
  void guardedSettingsAreRefused(String key) {
    assertThatThrownBy(
            () ->
                new StreamsProperties(
                    "state", Duration.ofMillis(50), 1, Duration.ofSeconds(10), Map.of(key, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a tuning setting: " + key);
  }
}
