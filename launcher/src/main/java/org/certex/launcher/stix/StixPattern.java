package org.certex.launcher.stix;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The STIX pattern of an indicator of compromise, from its certex type and value: {@code
 * [ipv4-addr:value = '203.0.113.7']}. certex scenarios write free indicator types (the scenario
 * loader and the dashboard only bound their length); the ones with an obvious STIX cyber-observable
 * are mapped, in the STIX name ({@code ipv4-addr}, {@code file-sha256}...) and a few common short
 * forms ({@code ipv4}, {@code sha256}, {@code domain}...). Any other type has no pattern: the
 * export leaves it out and counts it rather than guess.
 */
final class StixPattern {

  private static final Map<String, String> PATHS =
      Map.ofEntries(
          Map.entry("ipv4-addr", "ipv4-addr:value"),
          Map.entry("ipv4", "ipv4-addr:value"),
          Map.entry("ipv6-addr", "ipv6-addr:value"),
          Map.entry("ipv6", "ipv6-addr:value"),
          Map.entry("domain-name", "domain-name:value"),
          Map.entry("domain", "domain-name:value"),
          Map.entry("hostname", "domain-name:value"),
          Map.entry("url", "url:value"),
          Map.entry("uri", "url:value"),
          Map.entry("email-addr", "email-addr:value"),
          Map.entry("email", "email-addr:value"),
          Map.entry("mac-addr", "mac-addr:value"),
          Map.entry("file-md5", "file:hashes.MD5"),
          Map.entry("md5", "file:hashes.MD5"),
          Map.entry("file-sha1", "file:hashes.'SHA-1'"),
          Map.entry("sha1", "file:hashes.'SHA-1'"),
          Map.entry("file-sha256", "file:hashes.'SHA-256'"),
          Map.entry("sha256", "file:hashes.'SHA-256'"),
          Map.entry("file-sha512", "file:hashes.'SHA-512'"),
          Map.entry("sha512", "file:hashes.'SHA-512'"),
          Map.entry("file-name", "file:name"),
          Map.entry("filename", "file:name"),
          Map.entry("mutex", "mutex:name"),
          Map.entry("windows-registry-key", "windows-registry-key:key"),
          Map.entry("user-account", "user-account:account_login"));

  /** Autonomous systems are numbers in STIX: {@code AS64500} or {@code 64500}. */
  private static final Pattern AS_NUMBER = Pattern.compile("(?i)(?:AS)?([0-9]{1,10})");

  private StixPattern() {}

  /** The pattern of an indicator, or empty if its type has no STIX mapping (or bad value). */
  static Optional<String> of(String type, String value) {
    String key = normal(type);
    if (key.equals("autonomous-system") || key.equals("asn")) {
      var number = AS_NUMBER.matcher(value.trim());
      return number.matches() && Long.parseLong(number.group(1)) <= 4_294_967_295L
          ? Optional.of("[autonomous-system:number = " + Long.parseLong(number.group(1)) + "]")
          : Optional.empty();
    }
    String path = PATHS.get(key);
    return path == null ? Optional.empty() : Optional.of("[" + path + " = " + literal(value) + "]");
  }

  /** A STIX string literal: single quotes, with quotes and backslashes escaped. */
  static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String normal(String type) {
    return type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
  }
}
