package org.certex.dashboard.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Capability keys, the way exercise platforms hand out team links: the key of a role in a run is
 * HMAC-SHA256 over the run and the {@linkplain AccessRole#name() role's name} with a server secret,
 * in URL-safe Base64 without padding. There is no user database: whoever holds the key of {@code
 * cert:FR-CERT} in a run sees FR-CERT's inbox of that run and nothing else; the {@code control} key
 * of a run opens every inbox of that run, the {@code evaluator} key reads all of it and changes
 * nothing. Keys of one run open nothing in another.
 *
 * <p>Known gaps: a single key cannot be revoked (changing the secret retires all of them), and a
 * key in a link is as secret as the place the link is pasted to.
 */
public final class AccessKeys {

  /** Length of a generated secret: as long as the HMAC-SHA256 output. */
  static final int GENERATED_SECRET_BYTES = 32;

  /** Shortest secret accepted: 128 bits, if the secret is random. */
  public static final int MIN_SECRET_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final String PURPOSE = "certex-dashboard-access-v1";
  private static final Base64.Encoder KEY_ENCODING = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec secret;

  AccessKeys(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "an access secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.secret = new SecretKeySpec(secret, ALGORITHM);
  }

  public static AccessKeys withSecret(String secret) {
    return new AccessKeys(secret.getBytes(StandardCharsets.UTF_8));
  }

  public static AccessKeys withRandomSecret() {
    byte[] secret = new byte[GENERATED_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return new AccessKeys(secret);
  }

  /** The key of {@code role} in run {@code runId}: the same for the same secret, every time. */
  public String keyFor(String runId, AccessRole role) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(role, "role");
    return KEY_ENCODING.encodeToString(mac().doFinal(message(runId, role)));
  }

  /** Whether {@code presented} is the key of {@code role} in {@code runId}, in constant time. */
  boolean opens(String runId, AccessRole role, String presented) {
    if (presented == null) {
      return false;
    }
    return sameKey(keyFor(runId, role), presented);
  }

  /**
   * What a presented key opens in a run: the run's control role, its evaluator role, or the role of
   * the CERT the request names ({@code certId}, or null when it names none); empty for any other
   * key.
   */
  Optional<AccessRole> roleOf(String runId, String presented, String certId) {
    if (opens(runId, AccessRole.CONTROL, presented)) {
      return Optional.of(AccessRole.CONTROL);
    }
    if (certId != null && !certId.isBlank()) {
      AccessRole cert = AccessRole.cert(certId);
      if (opens(runId, cert, presented)) {
        return Optional.of(cert);
      }
    }
    if (opens(runId, AccessRole.EVALUATOR, presented)) {
      return Optional.of(AccessRole.EVALUATOR);
    }
    return Optional.empty();
  }

  /** Compares without stopping at the first difference, so timing tells nothing of the key. */
  static boolean sameKey(String expected, String presented) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  /** The run id is length-prefixed, so no (run, role) pair can be spelled like another. */
  private static byte[] message(String runId, AccessRole role) {
    return (PURPOSE + "\n" + runId.length() + ":" + runId + "\n" + role.name())
        .getBytes(StandardCharsets.UTF_8);
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }
}
