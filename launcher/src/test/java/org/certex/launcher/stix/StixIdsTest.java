package org.certex.launcher.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StixIdsTest {

  @Test
  void makesRfc4122NameBasedUuids() {
    // The DNS namespace's UUID of "python.org", as Python's uuid.uuid5 and RFC 4122 tools give it.
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(StixIds.nameBased(dns, "python.org"))
        .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
  }

  @Test
  void givesTheSameIdForTheSameRunAndKeyOnly() {
    String id = new StixIds("run-a").of("identity", "CERT-EE");
    assertThat(new StixIds("run-a").of("identity", "CERT-EE")).isEqualTo(id);
    assertThat(new StixIds("run-b").of("identity", "CERT-EE")).isNotEqualTo(id);
    assertThat(new StixIds("run-a").of("identity", "CERT-LT")).isNotEqualTo(id);
    assertThat(UUID.fromString(id.substring("identity--".length())).version()).isEqualTo(5);
  }

  @Test
  void writesTimestampsInUtcWithMilliseconds() {
    assertThat(StixIds.timestamp(Instant.parse("2024-03-11T06:00:00Z")))
        .isEqualTo("2024-03-11T06:00:00.000Z");
  }
}
