package org.certex.schemas;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.certex.avro.RsitClass;

/**
 * The Reference Security Incident Taxonomy (ENISA / eCSIRT, the RSIT Task Force's current list):
 * each class with the types it has, written as CSIRTs write them ({@code
 * malicious-code/infected-system}). The one table of it in certex, in {@code schemas} so that the
 * dashboard, which must refuse a team's classification that is no RSIT one, and any other module
 * read the same.
 *
 * <p>The scenario loader checks only the form of a type ({@code RsitLabel}), so a scenario may use
 * a type the taxonomy gains later without a code change; the dashboard holds people to this table,
 * since a trainee's typo should be told, not recorded.
 */
public final class RsitTaxonomy {

  private static final Map<RsitClass, List<String>> TYPES = new EnumMap<>(RsitClass.class);

  static {
    TYPES.put(RsitClass.ABUSIVE_CONTENT, List.of("spam", "harmful-speech", "violence"));
    TYPES.put(
        RsitClass.MALICIOUS_CODE,
        List.of("infected-system", "c2-server", "malware-distribution", "malware-configuration"));
    TYPES.put(
        RsitClass.INFORMATION_GATHERING, List.of("scanner", "sniffing", "social-engineering"));
    TYPES.put(RsitClass.INTRUSION_ATTEMPTS, List.of("ids-alert", "brute-force", "exploit"));
    TYPES.put(
        RsitClass.INTRUSIONS,
        List.of(
            "privileged-account-compromise",
            "unprivileged-account-compromise",
            "application-compromise",
            "system-compromise",
            "burglary"));
    TYPES.put(
        RsitClass.AVAILABILITY, List.of("dos", "ddos", "misconfiguration", "sabotage", "outage"));
    TYPES.put(
        RsitClass.INFORMATION_CONTENT_SECURITY,
        List.of(
            "unauthorised-information-access",
            "unauthorised-information-modification",
            "data-loss",
            "data-leak"));
    TYPES.put(
        RsitClass.FRAUD,
        List.of("unauthorised-use-of-resources", "copyright", "masquerade", "phishing"));
    TYPES.put(
        RsitClass.VULNERABLE,
        List.of(
            "weak-crypto",
            "ddos-amplifier",
            "potentially-unwanted-accessible",
            "information-disclosure",
            "vulnerable-system"));
    TYPES.put(RsitClass.OTHER, List.of("other", "undetermined"));
    TYPES.put(RsitClass.TEST, List.of("test"));
  }

  private RsitTaxonomy() {}

  /** The types of {@code rsitClass}, in the taxonomy's order. */
  public static List<String> typesOf(RsitClass rsitClass) {
    return TYPES.get(rsitClass);
  }

  /** Whether {@code type} is one of the types of {@code rsitClass}. */
  public static boolean isType(RsitClass rsitClass, String type) {
    return TYPES.get(rsitClass).contains(type);
  }

  /** A class as written, {@code malicious-code}; empty for anything else. */
  public static Optional<RsitClass> classOf(String word) {
    for (RsitClass rsitClass : RsitClass.values()) {
      if (word(rsitClass).equals(word)) {
        return Optional.of(rsitClass);
      }
    }
    return Optional.empty();
  }

  /** How a class is written: {@code MALICIOUS_CODE} is {@code malicious-code}. */
  public static String word(RsitClass rsitClass) {
    return rsitClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A classification as written: {@code malicious-code/infected-system}. */
  public static String label(RsitClass rsitClass, String type) {
    return word(rsitClass) + "/" + type;
  }
}
