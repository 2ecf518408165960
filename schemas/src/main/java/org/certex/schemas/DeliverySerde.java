package org.certex.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;

/**
 * The deliveries topic's serde. One alert becomes a delivery per recipient, each carrying the whole
 * alert; encoding each copy again was the pipeline's largest cost per alert. This serde writes the
 * same bytes as {@link AvroSerde} (single-object encoding of {@code Delivery}) but encodes the
 * nested alert once per alert instance, and splices that encoding into every delivery of it: Avro's
 * binary encoding of a record is the concatenation of its fields', so the nested record's bytes are
 * exactly its own encoding without the single-object header. Decoding is {@link AvroSerde}'s.
 *
 * <p>The encoding of an alert is reused while the same instance comes again, so a writer must not
 * change an alert between two deliveries it writes of it (the pipeline never changes a record it
 * has decoded). {@code DeliverySerdeTest} checks the bytes against {@link AvroSerde} for random
 * deliveries and pins the schema's fields, so a change to {@code Delivery} fails there before it
 * could write anything else.
 */
public final class DeliverySerde implements Serde<Delivery> {

  /** The fields this serde writes, in the schema's order. */
  static final List<String> FIELDS =
      List.of(
          "deliveryId",
          "runId",
          "recipient",
          "reason",
          "deliveredAt",
          "alert",
          "redacted",
          "sharedBy");

  private static final byte[] HEADER = header(Delivery.getClassSchema());

  private final AvroSerde<Delivery> avro = AvroSerde.of(Delivery.class);
  private final ThreadLocal<Writer> writers = ThreadLocal.withInitial(Writer::new);

  /** Same bytes as {@link AvroSerde#encode}, refused past {@link RecordLimits#RECORD_BYTES}. */
  public byte[] encode(Delivery delivery) {
    if (delivery == null) {
      return null;
    }
    byte[] bytes = writers.get().write(delivery);
    if (bytes.length > RecordLimits.RECORD_BYTES) {
      throw new SerializationException(
          String.format(
              "%s encodes to %,d bytes; records may take at most %,d",
              Delivery.class.getName(), bytes.length, RecordLimits.RECORD_BYTES));
    }
    return bytes;
  }

  @Override
  public Serializer<Delivery> serializer() {
    return (topic, value) -> encode(value);
  }

  @Override
  public Deserializer<Delivery> deserializer() {
    return avro.deserializer();
  }

  private static byte[] header(Schema schema) {
    return ByteBuffer.allocate(10)
        .order(ByteOrder.LITTLE_ENDIAN)
        .put((byte) 0xC3)
        .put((byte) 0x01)
        .putLong(SchemaNormalization.parsingFingerprint64(schema))
        .array();
  }

  /** One thread's buffers, and the encoding of the last alert it wrote. */
  private static final class Writer {
    private final SpecificDatumWriter<IncidentAlert> alertWriter =
        new SpecificDatumWriter<>(IncidentAlert.class);
    private final ByteArrayOutputStream alertBytes = new ByteArrayOutputStream(1024);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    private BinaryEncoder alertEncoder;
    private BinaryEncoder encoder;
    private IncidentAlert lastAlert;
    private byte[] lastAlertBody;

    byte[] write(Delivery d) {
      try {
        byte[] alert = body(d.getAlert());
        out.reset();
        out.write(HEADER);
        encoder = EncoderFactory.get().directBinaryEncoder(out, encoder);
        encoder.writeString(d.getDeliveryId());
        encoder.writeString(d.getRunId());
        encoder.writeString(d.getRecipient());
        encoder.writeString(d.getReason());
        encoder.writeLong(d.getDeliveredAt().toEpochMilli());
        encoder.writeFixed(alert);
        encoder.writeBoolean(d.getRedacted());
        if (d.getSharedBy() == null) {
          encoder.writeIndex(0);
        } else {
          encoder.writeIndex(1);
          encoder.writeString(d.getSharedBy());
        }
        encoder.flush();
        return out.toByteArray();
      } catch (IOException | RuntimeException e) {
        throw new SerializationException("Cannot encode a Delivery: " + e.getMessage(), e);
      }
    }

    /** The alert's encoding, reused while the same alert instance comes again. */
    private byte[] body(IncidentAlert alert) throws IOException {
      if (alert == null) {
        throw new NullPointerException("a delivery without its alert");
      }
      if (alert != lastAlert) {
        alertBytes.reset();
        alertEncoder = EncoderFactory.get().directBinaryEncoder(alertBytes, alertEncoder);
        alertWriter.write(alert, alertEncoder);
        alertEncoder.flush();
        lastAlertBody = alertBytes.toByteArray();
        lastAlert = alert;
      }
      return lastAlertBody;
    }
  }
}
