package org.certex.launcher.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one fast live client received against what the pipeline delivered for its audience: every
 * delivery meant for it, none twice, none meant for another CERT, and in the dashboard's order: the
 * event ids rise, and each delivery has the same id on every stream that carries it (one order of
 * the run's changes, that each stream sees its part of).
 *
 * @param expected deliveries on the topic for the client's audience
 * @param received delivery events that came
 * @param missing expected but not received
 * @param foreign received but not delivered to the client's CERT (a leak)
 * @param duplicated received more than once
 * @param outOfOrder received with an event id not above the one before, or another id than the same
 *     delivery had on another stream
 * @param failure why the client stopped reading before the end, or null
 */
public record ClientVerdict(
    String client,
    int expected,
    int received,
    int missing,
    int foreign,
    int duplicated,
    int outOfOrder,
    String failure) {

  public boolean clean() {
    return missing == 0 && foreign == 0 && duplicated == 0 && outOfOrder == 0 && failure == null;
  }

  /** Judges {@code client}; {@code org} is its CERT, or null for exercise control's stream. */
  static ClientVerdict of(
      LiveClient client, String org, LiveDeliveries delivered, Map<Long, Long> idOf) {
    List<Long> expected = delivered.expectedFor(org);
    Set<Long> meant = new HashSet<>(expected);
    long[] codes = client.deliveryCodes();
    long[] ids = client.eventNumbers();
    Set<Long> seen = new HashSet<>();
    int foreign = 0;
    int duplicated = 0;
    int outOfOrder = 0;
    for (int i = 0; i < codes.length; i++) {
      int index = i;
      if (!seen.add(codes[i])) {
        duplicated++;
      }
      if (!meant.contains(codes[i])) {
        foreign++;
        continue;
      }
      long id = idOf.computeIfAbsent(codes[i], code -> ids[index]);
      if (id != ids[i] || (i > 0 && ids[i] <= ids[i - 1])) {
        outOfOrder++;
      }
    }
    seen.retainAll(meant);
    return new ClientVerdict(
        client.name(),
        expected.size(),
        codes.length,
        expected.size() - seen.size(),
        foreign,
        duplicated,
        outOfOrder,
        client.failure());
  }
}
