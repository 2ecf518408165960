package org.certex.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared fixture: three combined nodes, one broker stopped and started again. */
@Timeout(120)
class KafkaClusterTest {

  private static final String TOPIC = "fixture";

  @Test
  @DisplayName(
      "3 brokers, replication 3, min ISR 2: writes go on with one broker down, and it rejoins the ISR")
  void oneBrokerDownAndBack() throws Exception {
    try (KafkaCluster cluster = KafkaCluster.start(3);
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 3))).all().get();
      assertThat(describe(admin).partitions().get(0).isr()).hasSize(3);
      assertThat(
              admin
                  .describeConfigs(
                      List.of(
                          new org.apache.kafka.common.config.ConfigResource(
                              org.apache.kafka.common.config.ConfigResource.Type.TOPIC, TOPIC)))
                  .all()
                  .get()
                  .values()
                  .iterator()
                  .next()
                  .get("min.insync.replicas")
                  .value())
          .isEqualTo("2");
      try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
        producer.send(new ProducerRecord<>(TOPIC, "a", "before")).get();
        int leader = describe(admin).partitions().get(0).leader().id();
        cluster.stopBroker(leader);
        producer.send(new ProducerRecord<>(TOPIC, "b", "during")).get();
        cluster.startBroker(leader);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> describe(admin).partitions().get(0).isr().size() == 3);
        producer.send(new ProducerRecord<>(TOPIC, "c", "after")).get();
      }
      assertThat(read(cluster.bootstrapServers())).containsExactly("before", "during", "after");
    }
  }

  private static TopicDescription describe(Admin admin) throws Exception {
    return admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
  }

  private static List<String> read(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition tp = new TopicPartition(TOPIC, 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < 3 && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(r.value());
        }
      }
    }
    return values;
  }
}
