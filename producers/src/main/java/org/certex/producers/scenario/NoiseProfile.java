package org.certex.producers.scenario;

import java.util.List;
import java.util.Map;
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
}
