package org.certex.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The run feed's consumer settings")
class FeedConsumerSettingsTest {

  @Test
  @DisplayName("read committed records from the beginning, outside any group, never committing")
  void readerOfTheWholeLog() {
    Map<String, Object> settings =
        FeedConsumerSettings.from(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "someone-elses-group",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"));

    assertThat(settings)
        .containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
        .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
        .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
        .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
        .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG);
  }
}
