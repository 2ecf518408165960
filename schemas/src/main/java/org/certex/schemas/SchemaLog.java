package org.certex.schemas;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster's log of writer schemas, the compacted topic {@link TopicCatalogue#schemas()} (key:
 * the schema's 64-bit parsing fingerprint in hex, value: the schema's JSON), so that code meets a
 * record written by a newer version of certex than itself without a registry.
 *
 * <p>The protocol: a writer {@link #publish publishes} every schema it writes with, acknowledged by
 * the in-sync replicas, before its first record; a reader that meets a fingerprint it does not know
 * {@link #find reads the log} to its end as the end stands after the record was fetched. The
 * schema's record was acknowledged before the data record was even sent, so it lies below that end:
 * a fingerprint still unknown then was never published, and the record is undecodable as before
 * (dead-lettered). Each unknown fingerprint costs one offset request, so random bytes on a topic
 * stay cheap; what the log taught is kept for the life of this object.
 *
 * <p>Every entry is checked before it is believed: a key that is not a fingerprint, a value past
 * {@link #MAX_SCHEMA_CHARS} or not a record schema, or a fingerprint that is not the value's own is
 * passed over, so a stray writer cannot make a reader decode with the wrong schema.
 */
public final class SchemaLog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SchemaLog.class);

  /** The longest wait for the log: an answer from the cluster, or the read to its end. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The longest schema JSON believed (certex's largest, ExerciseRun, has about 9,500). */
  public static final int MAX_SCHEMA_CHARS = 256 * 1024;

  /** The most schemas learned from the log; past it, further entries are passed over. */
  static final int MAX_SCHEMAS = 10_000;

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  private final String topic = TopicCatalogue.schemas().name();
  private final TopicPartition partition = new TopicPartition(topic, 0);
  private final KafkaProducer<String, String> producer;
  private final KafkaConsumer<String, String> consumer;
  private final Map<Long, Schema> learned = new ConcurrentHashMap<>();
  private boolean closed;

  private SchemaLog(Map<String, Object> producerConfig, Map<String, Object> consumerConfig) {
    this.producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
    this.consumer =
        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
  }

  /**
   * The schema log of the cluster these client settings reach; its topic is created if missing.
   *
   * @param admin, producer, consumer the client settings of the process (bootstrap, security)
   */
  public static SchemaLog open(
      Map<String, Object> admin, Map<String, Object> producer, Map<String, Object> consumer) {
    try (Admin client = Admin.create(admin)) {
      new TopicProvisioner(client).ensure(List.of(TopicCatalogue.schemas()));
    }
    Map<String, Object> writes = new HashMap<>(producer);
    writes.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    writes.put(ProducerConfig.ACKS_CONFIG, "all");
    writes.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    Map<String, Object> reads = new HashMap<>(consumer);
    reads.remove(ConsumerConfig.GROUP_ID_CONFIG);
    reads.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    reads.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return new SchemaLog(writes, reads);
  }

  /**
   * Records each schema on the log and returns once every one is acknowledged: call it before the
   * first record written with any of them.
   *
   * @throws SchemaLogUnavailable when the cluster does not acknowledge in time
   */
  public void publish(Collection<Schema> schemas) {
    var sent =
        schemas.stream()
            .map(
                schema ->
                    producer.send(new ProducerRecord<>(topic, keyOf(schema), schema.toString())))
            .toList();
    try {
      for (var ack : sent) {
        ack.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new SchemaLogUnavailable("cannot publish writer schemas on " + topic, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaLogUnavailable("interrupted while publishing writer schemas", e);
    }
  }

  /**
   * The schema with this fingerprint, reading the log to its current end if it has not taught it
   * yet; null if no writer published it.
   *
   * @throws SchemaLogUnavailable when the log cannot be read to its end in time: the record is then
   *     neither decodable nor known to be undecodable
   */
  public synchronized Schema find(long fingerprint) {
    Schema known = learned.get(fingerprint);
    if (known != null || closed) {
      return known;
    }
    readToEnd();
    return learned.get(fingerprint);
  }

  private void readToEnd() {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try {
      long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
      while (consumer.position(partition, TIMEOUT) < end) {
        if (System.nanoTime() > deadline) {
          throw new SchemaLogUnavailable("cannot read " + topic + " to its end in " + TIMEOUT);
        }
        consumer.poll(Duration.ofMillis(100)).forEach(this::learn);
      }
    } catch (KafkaException e) {
      throw new SchemaLogUnavailable("cannot read " + topic + ": " + e.getMessage(), e);
    }
  }

  private void learn(ConsumerRecord<String, String> entry) {
    String problem = problemOf(entry.key(), entry.value());
    if (problem == null && learned.size() >= MAX_SCHEMAS) {
      problem = "this reader has learned " + MAX_SCHEMAS + " schemas already";
    }
    if (problem == null) {
      Schema schema = new Schema.Parser().parse(entry.value());
      learned.putIfAbsent(SchemaNormalization.parsingFingerprint64(schema), schema);
    } else {
      log.warn("Passing over {} at offset {}: {}", topic, entry.offset(), problem);
    }
  }

  /** Why an entry of the log is not believed, or null when it is a schema under its fingerprint. */
  static String problemOf(String key, String value) {
    if (key == null || !FINGERPRINT.matcher(key).matches()) {
      return "the key is not a fingerprint of 16 hex digits";
    }
    if (value == null || value.length() > MAX_SCHEMA_CHARS) {
      return "the value is not a schema of at most " + MAX_SCHEMA_CHARS + " characters";
    }
    Schema schema;
    try {
      schema = new Schema.Parser().parse(value);
    } catch (RuntimeException e) {
      return "the value is not a schema: " + e.getMessage();
    }
    if (schema.getType() != Schema.Type.RECORD) {
      return "the value is a " + schema.getType() + " schema, not a record";
    }
    if (!keyOf(schema).equals(key)) {
      return "the key is not the schema's fingerprint (" + keyOf(schema) + ")";
    }
    return null;
  }

  /**
   * The key of a schema on the log: its parsing fingerprint, as single-object encoding carries it.
   */
  static String keyOf(Schema schema) {
    return String.format("%016x", SchemaNormalization.parsingFingerprint64(schema));
  }

  @Override
  public void close() {
    CertexSchemas.forget(this);
    synchronized (this) {
      closed = true;
      consumer.close();
    }
    producer.close(TIMEOUT);
  }
}
