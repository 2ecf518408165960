package org.certex.streams.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A record or a clock tick on its way through a {@link TimeOrderedRepartition}, tagged with the
 * upstream partition it came from and its offset there, so that the downstream task can tell how
 * far each upstream task has got and order ties the same way every time.
 *
 * @param origin the topic it was read from upstream
 * @param key the record's new key (the run id for a tick)
 * @param value the record; null for a tick
 */
record Sequenced<V>(
    boolean tick, long time, String origin, int source, long offset, String key, V value) {

  /** The wire form: kind, time, source, offset, key, then the value's own bytes. */
  static final class WireSerde<V> implements Serde<Sequenced<V>> {
    private final Serde<V> values;

    WireSerde(Serde<V> values) {
      this.values = values;
    }

    @Override
    public Serializer<Sequenced<V>> serializer() {
      return this::write;
    }

    @Override
    public Deserializer<Sequenced<V>> deserializer() {
      return this::read;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}

    byte[] write(String topic, Sequenced<V> s) {
      if (s == null) {
        return null;
      }
      byte[] origin = s.origin().getBytes(StandardCharsets.UTF_8);
      byte[] key = s.key().getBytes(StandardCharsets.UTF_8);
      byte[] value = s.tick() ? new byte[0] : values.serializer().serialize(topic, s.value());
      return ByteBuffer.allocate(1 + 8 + 4 + origin.length + 4 + 8 + 4 + key.length + value.length)
          .put((byte) (s.tick() ? 0 : 1))
          .putLong(s.time())
          .putInt(origin.length)
          .put(origin)
          .putInt(s.source())
          .putLong(s.offset())
          .putInt(key.length)
          .put(key)
          .put(value)
          .array();
    }

    Sequenced<V> read(String topic, byte[] bytes) {
      if (bytes == null) {
        return null;
      }
      try {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        boolean tick = in.get() == 0;
        long time = in.getLong();
        byte[] origin = new byte[in.getInt()];
        in.get(origin);
        int source = in.getInt();
        long offset = in.getLong();
        byte[] key = new byte[in.getInt()];
        in.get(key);
        byte[] value = new byte[in.remaining()];
        in.get(value);
        return new Sequenced<>(
            tick,
            time,
            new String(origin, StandardCharsets.UTF_8),
            source,
            offset,
            new String(key, StandardCharsets.UTF_8),
            tick ? null : values.deserializer().deserialize(topic, value));
      } catch (RuntimeException e) {
        throw new SerializationException("not a sequenced record of certex", e);
      }
    }
  }
}
