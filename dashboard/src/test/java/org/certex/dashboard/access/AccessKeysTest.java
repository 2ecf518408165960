package org.certex.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Access keys of the dashboard's links")
class AccessKeysTest {

  private static final String SECRET = "a fixed test secret, 32+ characters";
  private static final String RUN = "log4shell-20261123-090000";
  private static final AccessRole FR = AccessRole.cert("FR-CERT");
  private static final AccessRole DE = AccessRole.cert("DE-CERT");

  private final AccessKeys keys = AccessKeys.withSecret(SECRET);

  @Test
  @DisplayName("are the same for the same secret, run and role, and differ with the secret")
  void deterministicPerSecret() {
    String key = keys.keyFor(RUN, FR);

    assertThat(AccessKeys.withSecret(SECRET).keyFor(RUN, FR)).isEqualTo(key);
    assertThat(AccessKeys.withSecret(SECRET + "!").keyFor(RUN, FR)).isNotEqualTo(key);
    assertThat(AccessKeys.withRandomSecret().keyFor(RUN, FR))
        .isNotEqualTo(AccessKeys.withRandomSecret().keyFor(RUN, FR));
  }

  @Test
  @DisplayName("differ per run and per role: CERT, control or evaluator")
  void differentPerRunAndRole() {
    assertThat(
            List.of(
                keys.keyFor(RUN, FR),
                keys.keyFor(RUN, DE),
                keys.keyFor(RUN, AccessRole.CONTROL),
                keys.keyFor(RUN, AccessRole.EVALUATOR),
                keys.keyFor(RUN, AccessRole.cert("evaluator")),
                keys.keyFor("other-run", FR),
                keys.keyFor("other-run", AccessRole.CONTROL)))
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("cannot be spelled for another run and role by moving text between the two")
  void runAndRoleAreKeptApart() {
    assertThat(keys.keyFor("a\ncert:b", AccessRole.CONTROL))
        .isNotEqualTo(keys.keyFor("a", AccessRole.cert("b\ncontrol")));
  }

  @Test
  @DisplayName("are URL-safe Base64 of an HMAC-SHA256, without padding")
  void urlSafeBase64() {
    assertThat(keys.keyFor(RUN, FR)).matches("[A-Za-z0-9_-]{43}");
    assertThat(keys.keyFor(RUN, AccessRole.CONTROL)).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  @DisplayName("open exactly their own run and role")
  void openTheirOwnRunAndRole() {
    String frKey = keys.keyFor(RUN, FR);

    assertThat(keys.opens(RUN, FR, frKey)).isTrue();
    assertThat(keys.opens(RUN, DE, frKey)).isFalse();
    assertThat(keys.opens(RUN, AccessRole.CONTROL, frKey)).isFalse();
    assertThat(keys.opens("other-run", FR, frKey)).isFalse();
  }

  @Test
  @DisplayName("refuse tampered, truncated, extended, empty or missing keys")
  void tamperedKeysAreRefused() {
    String key = keys.keyFor(RUN, FR);

    for (int i = 0; i < key.length(); i++) {
      char flipped = key.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = key.substring(0, i) + flipped + key.substring(i + 1);
      assertThat(keys.opens(RUN, FR, tampered)).as("changed at %d", i).isFalse();
    }
    assertThat(keys.opens(RUN, FR, key.substring(0, key.length() - 1))).isFalse();
    assertThat(keys.opens(RUN, FR, key + "A")).isFalse();
    assertThat(keys.opens(RUN, FR, key + "=")).isFalse();
    assertThat(keys.opens(RUN, FR, key.toUpperCase())).isFalse();
    assertThat(keys.opens(RUN, FR, "")).isFalse();
    assertThat(keys.opens(RUN, FR, null)).isFalse();
    assertThat(AccessKeys.withSecret(SECRET + "!").opens(RUN, FR, key)).isFalse();
  }

  @Test
  @DisplayName("are compared in constant time, with MessageDigest.isEqual, whatever the lengths")
  void constantTimeComparison() {
    // Timing cannot be asserted reliably in a unit test; what can: the comparison is the JDK's
    // constant-time one (see AccessKeys.sameKey), and it answers correctly for any input.
    assertThat(AccessKeys.sameKey("abc", "abc")).isTrue();
    assertThat(AccessKeys.sameKey("abc", "abd")).isFalse();
    assertThat(AccessKeys.sameKey("abc", "xbc")).isFalse();
    assertThat(AccessKeys.sameKey("abc", "ab")).isFalse();
    assertThat(AccessKeys.sameKey("abc", "")).isFalse();
    assertThat(AccessKeys.sameKey("é", "e\u0301")).isFalse();
  }

  @Test
  @DisplayName(
      "tell which role a key opens: control, evaluator, the CERT the request names, or none")
  void roleOfAKey() {
    String control = keys.keyFor(RUN, AccessRole.CONTROL);
    String fr = keys.keyFor(RUN, FR);

    assertThat(keys.roleOf(RUN, control, null)).contains(AccessRole.CONTROL);
    assertThat(keys.roleOf(RUN, control, "DE-CERT")).contains(AccessRole.CONTROL);
    assertThat(keys.roleOf(RUN, fr, "FR-CERT")).contains(FR);
    assertThat(keys.roleOf(RUN, fr, "DE-CERT")).isEmpty();
    assertThat(keys.roleOf(RUN, fr, null)).isEmpty();
    assertThat(keys.roleOf("other-run", fr, "FR-CERT")).isEmpty();
    assertThat(keys.roleOf("other-run", control, null)).isEmpty();
    assertThat(keys.roleOf(RUN, null, "FR-CERT")).isEmpty();
    String evaluator = keys.keyFor(RUN, AccessRole.EVALUATOR);
    assertThat(keys.roleOf(RUN, evaluator, null)).contains(AccessRole.EVALUATOR);
    assertThat(keys.roleOf(RUN, evaluator, "FR-CERT")).contains(AccessRole.EVALUATOR);
    assertThat(keys.roleOf("other-run", evaluator, null)).isEmpty();
  }

  @Test
  @DisplayName("need a secret of at least 16 bytes")
  void shortSecretsAreRefused() {
    assertThatThrownBy(() -> AccessKeys.withSecret("too short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("too short");
    assertThat(new AccessKeys("sixteen bytes!!!".getBytes(StandardCharsets.UTF_8)).keyFor(RUN, FR))
        .isNotBlank();
  }
}
