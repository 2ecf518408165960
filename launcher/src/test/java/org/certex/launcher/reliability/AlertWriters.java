package org.certex.launcher.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.schemas.AvroSerde;

/**
 * The two generations of alert writers of a rolling upgrade: today's (v1, the generated class) and
 * the next one's (v2, the fixture {@code evolution/IncidentAlert-v2.avsc} with GenericRecord: only
 * one generated IncidentAlert can exist in a JVM). Both are idempotent, {@code acks=all} producers,
 * as certex's own.
 */
final class AlertWriters implements AutoCloseable {

  static final Schema V2 = parse("/evolution/IncidentAlert-v2.avsc");
  static final String CVE = "CVE-2021-44228";
  static final Instant T0 = Instant.parse("2021-12-10T08:00:00Z");

  private static final AvroSerde<IncidentAlert> V1 = AvroSerde.of(IncidentAlert.class);

  private final KafkaProducer<String, byte[]> producer;
  private final String runId;
  private final String topic;

  AlertWriters(String bootstrap, String runId, String topic) {
    this.runId = runId;
    this.topic = topic;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /** Sends an alert as v1 code writes it. */
  Future<RecordMetadata> v1(String alertId, int second) {
    return send(alertId, second, V1.encode(alert(alertId, second)));
  }

  /** Sends the same alert as v2 code writes it: the v1 fields and {@code vulnerability} set. */
  Future<RecordMetadata> v2(String alertId, int second) {
    return send(alertId, second, encodeV2(alert(alertId, second), CVE));
  }

  /** Waits until every alert sent so far is acknowledged. */
  void flush() {
    producer.flush();
  }

  private Future<RecordMetadata> send(String alertId, int second, byte[] value) {
    long at = T0.plusSeconds(second).toEpochMilli();
    return producer.send(new ProducerRecord<>(topic, null, at, alertId, value));
  }

  /** The v1 alert that {@code alertId} is, as both writers send it (the v2 one with more). */
  IncidentAlert alert(String alertId, int second) {
    Instant at = T0.plusSeconds(second);
    return IncidentAlert.newBuilder()
        .setAlertId(alertId)
        .setRunId(runId)
        .setSourceOrg("EPS")
        .setSourceCountry("RS")
        .setAddressees(List.of("CERT-RS"))
        .setDetectedAt(at)
        .setReportedAt(at)
        .setRsitClass(RsitClass.INTRUSIONS)
        .setRsitType("application-compromise")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.AMBER)
        .setPap(Pap.GREEN)
        .setSector("energy")
        .setIndicators(List.of(new Indicator("ipv4-addr", "203.0.113." + (second % 250))))
        .setText("exploitation attempt " + alertId)
        .build();
  }

  /** The alert in v2's single-object encoding, with {@code vulnerability} set. */
  static byte[] encodeV2(IncidentAlert alert, String vulnerability) {
    return encodeAs(V2, alert, Map.of("vulnerability", vulnerability));
  }

  /**
   * The alert as a writer with a later schema writes it: the v1 fields, its added ones at their
   * defaults but for {@code added}.
   */
  static byte[] encodeAs(Schema writer, IncidentAlert alert, Map<String, Object> added) {
    SchemaStore.Cache own = new SchemaStore.Cache();
    own.addSchema(IncidentAlert.getClassSchema());
    try {
      GenericRecord record =
          new BinaryMessageDecoder<GenericRecord>(GenericData.get(), writer, own)
              .decode(V1.encode(alert));
      added.forEach(record::put);
      ByteBuffer buffer =
          new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends any record on any topic, stamped at the scenario's start. */
  Future<RecordMetadata> raw(String anyTopic, String key, byte[] value) {
    return producer.send(new ProducerRecord<>(anyTopic, null, T0.toEpochMilli(), key, value));
  }

  /** How v2 code decodes an alert: with the v2 schema as its reader, knowing v1 and v2 writers. */
  static java.util.function.Function<byte[], GenericRecord> v2Reader(SchemaStore writers) {
    SchemaStore.Cache known = new SchemaStore.Cache();
    known.addSchema(V2);
    var decoder =
        new BinaryMessageDecoder<GenericRecord>(
            GenericData.get(),
            V2,
            fp ->
                known.findByFingerprint(fp) != null
                    ? known.findByFingerprint(fp)
                    : writers.findByFingerprint(fp));
    return bytes -> {
      try {
        return decoder.decode(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static Schema parse(String resource) {
    try (InputStream in = AlertWriters.class.getResourceAsStream(resource)) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
