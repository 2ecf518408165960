package org.certex.producers.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;

/**
 * Background noise: an organisation publishes routine alerts at a mean rate (a Poisson process in
 * scenario time), with RSIT classes and TLP labels drawn from weighted mixes. Drawn from the
 * exercise seed, so two runs with the same seed publish the same noise.
 *
 * @param perHour mean alerts per hour of scenario time
 * @param rsit weights by RSIT label ({@code class/type})
 * @param tlp weights by TLP label
 */
public record NoiseProfile(
    String from,
    List<String> to,
    double perHour,
    Map<String, Integer> rsit,
    Map<Tlp, Integer> tlp) {

  public NoiseProfile {
    to = List.copyOf(to);
    rsit = Map.copyOf(rsit);
    tlp = Map.copyOf(tlp);
  }

  /**
   * The {@code count}th alert of this profile (from 1), published at {@code offset} with labels
   * drawn from the mixes. Made here rather than by the engine so that the loader can check the
   * largest one a run may publish against the record limits.
   *
   * @param ordinal the profile's place among those of the same organisation, from 1: the first
   *     one's alerts are {@code noise-<org>-<n>}, the k-th one's {@code noise<k>-<org>-<n>}, so no
   *     two profiles share an alert id
   * @param rsitLabel one of {@link #rsit()}'s labels, {@code class/type}
   */
  public ScheduledAlert alert(
      int ordinal, long count, Duration offset, String rsitLabel, Tlp label) {
    String[] parts = rsitLabel.split("/", 2);
    return new ScheduledAlert(
        (ordinal > 1 ? "noise" + ordinal + "-" : "noise-")
            + from.toLowerCase(Locale.ROOT)
            + "-"
            + count,
        offset,
        Duration.ZERO,
        from,
        to,
        label,
        Pap.CLEAR,
        RsitClass.valueOf(parts[0].toUpperCase(Locale.ROOT).replace('-', '_')),
        parts.length > 1 ? parts[1] : "other",
        Severity.LOW,
        null,
        Nis2EntityType.NOT_IN_SCOPE,
        false,
        false,
        List.of(),
        List.of(),
        null,
        null,
        "Routine " + rsitLabel + " report #" + count + " from " + from);
  }
}
