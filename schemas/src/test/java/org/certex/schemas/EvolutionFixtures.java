package org.certex.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;

/**
 * Hypothetical future schema versions, kept as resources under {@code evolution/} (not in {@code
 * src/test/avro}, where the plugin would compile them over the main classes).
 */
final class EvolutionFixtures {

  /** IncidentAlert v2: the field {@code vulnerability} (optional, default null) added. */
  static final Schema ALERT_V2 = parse("/evolution/IncidentAlert-v2.avsc");

  static final Schema ACTION_V2 = parse("/evolution/TraineeAction-v2.avsc");

  static final List<Schema> ALL = List.of(ALERT_V2, ACTION_V2);

  private EvolutionFixtures() {}

  static Schema parse(String resource) {
    try (InputStream in = EvolutionFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record in single-object encoding, as a writer built with {@code schema} would write it. */
  static byte[] encode(Schema schema, GenericRecord record) {
    try {
      ByteBuffer buffer =
          new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
