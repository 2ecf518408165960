package org.certex.launcher;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.certex.avro.Pap;
import org.certex.avro.Tlp;
import org.certex.schemas.RecordLimits;
import org.certex.streams.policy.SharingFacts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON form of an alert, the same shape as an alert's {@code value} in a dry run's {@code
 * events.jsonl}: {@code alertId}, {@code sourceOrg}, {@code addressees}, {@code tlp} ({@code
 * AMBER_STRICT} or {@code TLP:AMBER+STRICT}), optional {@code pap}, {@code significantIncident},
 * {@code crossBorder}, {@code affectedCountries}; other fields are ignored.
 */
final class AlertJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AlertJson() {}

  /**
   * @throws IllegalArgumentException with a sentence saying what is missing or wrong
   */
  static SharingFacts parse(String json) {
    Map<?, ?> alert;
    try {
      alert = JSON.readValue(json, Map.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "not a JSON object: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (alert == null) {
      throw new IllegalArgumentException("not a JSON object: null");
    }
    return new SharingFacts(
        text(alert, "alertId"),
        text(alert, "sourceOrg"),
        label(Tlp.class, "TLP", text(alert, "tlp")),
        alert.containsKey("pap") ? label(Pap.class, "PAP", text(alert, "pap")) : Pap.CLEAR,
        list(alert, "addressees"),
        flag(alert, "significantIncident"),
        flag(alert, "crossBorder"),
        new HashSet<>(list(alert, "affectedCountries")));
  }

  private static String text(Map<?, ?> alert, String field) {
    Object value = alert.get(field);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
    }
    if (text.length() > RecordLimits.SHORT_TEXT_CHARS) {
      throw new IllegalArgumentException(
          RecordLimits.tooLong("'" + field + "'", text.length(), RecordLimits.SHORT_TEXT_CHARS));
    }
    return text;
  }

  private static List<String> list(Map<?, ?> alert, String field) {
    Object value = alert.get(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
      throw new IllegalArgumentException("'" + field + "' must be a list of strings");
    }
    return items.stream().map(String.class::cast).toList();
  }

  private static boolean flag(Map<?, ?> alert, String field) {
    Object value = alert.get(field);
    if (value != null && !(value instanceof Boolean)) {
      throw new IllegalArgumentException("'" + field + "' must be true or false");
    }
    return Boolean.TRUE.equals(value);
  }

  private static <E extends Enum<E>> E label(Class<E> type, String protocol, String text) {
    String name =
        text.strip()
            .toUpperCase(Locale.ROOT)
            .replaceFirst("^" + protocol + ":", "")
            .replace("+", "_");
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a " + protocol + " label; use e.g. " + protocol + ":GREEN");
    }
  }
}
