package org.certex.launcher.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The ids and timestamps of one run's bundle. Ids are name-based UUIDs (version 5, which STIX 2.1
 * allows beside version 4) over the run id, the object's type and its natural key (an
 * organisation's id, an indicator's type and value...), so the same run always exports the same
 * ids, and an object keeps its id between the whole run's bundle and a CERT's.
 */
final class StixIds {

  /** RFC 4122's namespace for URLs, under which certex's own namespace is named. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private static final UUID CERTEX = nameBased(URL_NAMESPACE, "urn:certex:stix-export");

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final String runId;

  StixIds(String runId) {
    this.runId = runId;
  }

  /** The id of the object of {@code type} whose natural key is {@code key}, in this run. */
  String of(String type, String key) {
    return type + "--" + nameBased(CERTEX, runId + '\u0000' + type + '\u0000' + key);
  }

  /** A STIX timestamp: UTC, milliseconds, {@code Z}. */
  static String timestamp(Instant at) {
    return TIMESTAMP.format(at);
  }

  /** A version 5 UUID (SHA-1 over the namespace and the name), as RFC 4122 section 4.3 makes it. */
  static UUID nameBased(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
