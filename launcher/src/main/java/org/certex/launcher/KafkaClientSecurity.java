package org.certex.launcher;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How certex's Kafka clients authenticate to an external cluster, read from the environment so that
 * a password never appears on a command line: {@code KAFKA_SECURITY_PROTOCOL} ({@code PLAINTEXT} by
 * default, {@code SASL_PLAINTEXT} or {@code SASL_SSL}), {@code KAFKA_SASL_MECHANISM} ({@code
 * SCRAM-SHA-512} by default), {@code KAFKA_SASL_USERNAME} and {@code KAFKA_SASL_PASSWORD}. The
 * distributed layout gives each service its own SCRAM user, whose ACLs let it write only the topics
 * it owns (deploy/kafka/acls.tsv). The embedded broker is plaintext and ignores them.
 */
final class KafkaClientSecurity {

  static final String PROTOCOL = "KAFKA_SECURITY_PROTOCOL";
  static final String MECHANISM = "KAFKA_SASL_MECHANISM";
  static final String USERNAME = "KAFKA_SASL_USERNAME";
  static final String PASSWORD = "KAFKA_SASL_PASSWORD";

  private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL");
  private static final Set<String> MECHANISMS = Set.of("SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN");
  private static final int MAX_CREDENTIAL_CHARS = 256;

  private final Map<String, Object> clientSettings;

  private KafkaClientSecurity(Map<String, Object> clientSettings) {
    this.clientSettings = Map.copyOf(clientSettings);
  }

  static KafkaClientSecurity none() {
    return new KafkaClientSecurity(Map.of());
  }

  static KafkaClientSecurity fromEnvironment() {
    return from(System.getenv());
  }

  /**
   * @throws IllegalArgumentException a protocol or mechanism certex does not know, or SASL without
   *     a user name and password (saying which variable is missing, never a value)
   */
  static KafkaClientSecurity from(Map<String, String> env) {
    String protocol = text(env, PROTOCOL, "PLAINTEXT").toUpperCase(Locale.ROOT);
    if (!PROTOCOLS.contains(protocol)) {
      throw new IllegalArgumentException(
          PROTOCOL + " must be one of " + PROTOCOLS + ", was " + protocol);
    }
    if (!protocol.startsWith("SASL_")) {
      return none();
    }
    String mechanism = text(env, MECHANISM, "SCRAM-SHA-512").toUpperCase(Locale.ROOT);
    if (!MECHANISMS.contains(mechanism)) {
      throw new IllegalArgumentException(
          MECHANISM + " must be one of " + MECHANISMS + ", was " + mechanism);
    }
    String user = credential(env, USERNAME, protocol);
    String password = credential(env, PASSWORD, protocol);
    String module =
        mechanism.equals("PLAIN")
            ? "org.apache.kafka.common.security.plain.PlainLoginModule"
            : "org.apache.kafka.common.security.scram.ScramLoginModule";
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("security.protocol", protocol);
    settings.put("sasl.mechanism", mechanism);
    settings.put(
        "sasl.jaas.config",
        module + " required username=\"" + user + "\" password=\"" + password + "\";");
    return new KafkaClientSecurity(settings);
  }

  /** Settings for a plain Kafka client (admin, producer, consumer, Kafka Streams). */
  Map<String, Object> clientSettings() {
    return clientSettings;
  }

  /**
   * The same as Spring Boot's {@code spring.kafka.*} settings, which its clients are built from.
   */
  Map<String, Object> springSettings() {
    Map<String, Object> spring = new LinkedHashMap<>();
    clientSettings.forEach(
        (key, value) ->
            spring.put(
                key.equals("security.protocol")
                    ? "spring.kafka.security.protocol"
                    : "spring.kafka.properties[" + key + "]",
                value));
    return spring;
  }

  private static String text(Map<String, String> env, String name, String otherwise) {
    String value = env.get(name);
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private static String credential(Map<String, String> env, String name, String protocol) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must be set with " + PROTOCOL + "=" + protocol);
    }
    if (value.length() > MAX_CREDENTIAL_CHARS || value.contains("\"") || value.contains("\\")) {
      throw new IllegalArgumentException(
          name + " must be at most " + MAX_CREDENTIAL_CHARS + " characters without '\"' or '\\'");
    }
    return value;
  }
}
