package org.certex.launcher;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro records as plain JSON-ready maps: field order kept, timestamps as ISO-8601, enums by name,
 * optional fields as their value or null (not Avro's tagged-union JSON), so people and tools like
 * jq read the event log directly.
 */
final class AvroJson {

  private AvroJson() {}

  static Map<String, Object> toMap(IndexedRecord record) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Schema.Field field : record.getSchema().getFields()) {
      map.put(field.name(), plain(record.get(field.pos())));
    }
    return map;
  }

  private static Object plain(Object value) {
    if (value == null || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof IndexedRecord record) {
      return toMap(record);
    }
    if (value instanceof Instant || value instanceof CharSequence || value instanceof Enum<?>) {
      return value.toString();
    }
    if (value instanceof GenericEnumSymbol<?> symbol) {
      return symbol.toString();
    }
    if (value instanceof ByteBuffer bytes) {
      return Base64.getEncoder().encodeToString(bytes.array());
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(plain(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k.toString(), plain(v)));
      return out;
    }
    return value.toString();
  }
}
