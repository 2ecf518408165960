package org.certex.streams.situation.incidents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.certex.avro.IncidentAlert;

/**
 * Incident ids: {@code INC-} and 16 hex digits of a SHA-256 over the id, the source and the text of
 * the incident's oldest member. Deterministic: the same alerts give the same ids in every replay,
 * on any partitioning, and in every run of the same scenario (the run is not hashed; its topics
 * keep runs apart). Opaque: a team that sees an incident must not learn the id of a member alert
 * the policy did not deliver to it, and the hash covers the alert's text, so a guessed alert id
 * cannot be confirmed from an incident id either.
 */
final class IncidentIds {

  static final String PREFIX = "INC-";

  /** The suffix of the notice's alert id: {@code <incident>-large-scale}. */
  static final String NOTICE_SUFFIX = "-large-scale";

  private IncidentIds() {}

  /** The id of an incident whose oldest member is {@code alert}. */
  static String of(IncidentAlert alert) {
    MessageDigest sha = sha256();
    for (String part : new String[] {alert.getAlertId(), alert.getSourceOrg(), alert.getText()}) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return PREFIX + HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  static String noticeOf(String incidentId) {
    return incidentId + NOTICE_SUFFIX;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
