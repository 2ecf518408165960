package org.certex.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro single-object encoding for Kafka: every value starts with {@code C3 01} and the 8-byte
 * fingerprint of the schema that wrote it, so a reader resolves the writer's schema from {@link
 * CertexSchemas#store()} without a registry and can evolve.
 *
 * <p>Corrupt bytes and unknown fingerprints raise Kafka's {@link SerializationException}; Kafka
 * Streams' deserialization handler and consumers route those to the run's dead-letter topic.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;
  private final String typeName;

  public AvroSerde(Schema readerSchema, SchemaStore writerSchemas) {
    this.encoder = new BinaryMessageEncoder<>(SpecificData.get(), readerSchema);
    this.decoder = new BinaryMessageDecoder<>(SpecificData.get(), readerSchema, writerSchemas);
    this.typeName = readerSchema.getFullName();
  }

  /** A serde for a generated class, reading with its current schema. */
  public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
    return new AvroSerde<>(SpecificData.get().getSchema(type), CertexSchemas.store());
  }

  /**
   * The value's encoding, refused past {@link RecordLimits#RECORD_BYTES}: whatever writes it, a
   * record the broker would refuse fails here, before it reaches a producer (under exactly-once, a
   * refusal from the broker would abort the whole transaction instead of this one record).
   *
   * @throws SerializationException when the value cannot be encoded or is too large
   */
  public byte[] encode(T value) {
    byte[] bytes = encodeUnbounded(value);
    if (bytes != null && bytes.length > RecordLimits.RECORD_BYTES) {
      throw new SerializationException(
          String.format(
              "%s encodes to %,d bytes; records may take at most %,d",
              typeName, bytes.length, RecordLimits.RECORD_BYTES));
    }
    return bytes;
  }

  /** The value's encoding, however large: for measuring it. */
  public byte[] encodeUnbounded(T value) {
    if (value == null) {
      return null;
    }
    try {
      ByteBuffer buffer = encoder.encode(value);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
      throw new SerializationException("Cannot encode " + typeName + ": " + e.getMessage(), e);
    }
  }

  public T decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return decoder.decode(bytes);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
      throw new SerializationException(
          "Cannot decode " + typeName + " (" + bytes.length + " bytes): " + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> encode(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> decode(bytes);
  }
}
