package org.certex.launcher;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
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
    SharingFacts facts = facts(alert);
    List<String> oversized = RecordLimits.problemsOf(asRecord(alert, facts));
    if (!oversized.isEmpty()) {
      // The pipeline would dead-letter this alert rather than decide it.
      throw new IllegalArgumentException(String.join("; ", oversized));
    }
    return facts;
  }

  private static SharingFacts facts(Map<?, ?> alert) {
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

  /**
   * The alert as the pipeline would hold it, for its limits: what the JSON gives (the policy's
   * fields, and text, indicators, campaign, sector when present), stand-ins for the rest.
   */
  private static IncidentAlert asRecord(Map<?, ?> alert, SharingFacts facts) {
    return IncidentAlert.newBuilder()
        .setAlertId(facts.alertId())
        .setRunId("explain")
        .setSourceOrg(facts.source())
        .setSourceCountry("XX")
        .setAddressees(List.copyOf(facts.addressees()))
        .setDetectedAt(Instant.EPOCH)
        .setReportedAt(Instant.EPOCH)
        .setRsitClass(RsitClass.OTHER)
        .setRsitType(optionalText(alert, "rsitType", "other"))
        .setSeverity(Severity.LOW)
        .setTlp(facts.tlp())
        .setPap(facts.pap())
        .setSector(optionalText(alert, "sector", null))
        .setAffectedCountries(List.copyOf(facts.affectedCountries()))
        .setIndicators(indicators(alert))
        .setCampaign(optionalText(alert, "campaign", null))
        .setText(optionalText(alert, "text", ""))
        .build();
  }

  private static String optionalText(Map<?, ?> alert, String field, String otherwise) {
    return alert.get(field) instanceof String text ? text : otherwise;
  }

  private static List<Indicator> indicators(Map<?, ?> alert) {
    if (!(alert.get("indicators") instanceof List<?> items)) {
      return List.of();
    }
    return items.stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .map(
            i ->
                new Indicator(
                    String.valueOf(i.getOrDefault("type", "")),
                    String.valueOf(i.getOrDefault("value", ""))))
        .toList();
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
