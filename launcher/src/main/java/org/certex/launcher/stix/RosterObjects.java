package org.certex.launcher.stix;

import java.time.Instant;
import org.certex.dashboard.views.ParticipantView;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code identity} per organisation of the run (identity_class organization, marked TLP:CLEAR:
 * the roster is what every team's page shows), and its country as a {@code location} the identity
 * is {@code located-at}: STIX 2.1 keeps countries on locations, not on identities.
 */
final class RosterObjects {

  private RosterObjects() {}

  static void add(BundleObjects objects, Iterable<ParticipantView> participants, Instant start) {
    for (ParticipantView participant : participants) {
      ObjectNode identity =
          objects.add("identity", participant.id(), start, start, TlpMarking.CLEAR);
      identity.put(
          "name",
          participant.name() == null || participant.name().isBlank()
              ? participant.id()
              : participant.name());
      identity.put("identity_class", "organization");
      identity.put("x_certex_org_id", participant.id());
      if (participant.country() != null && !participant.country().isBlank()) {
        String country = participant.country();
        String location = objects.ids().of("location", country);
        if (!objects.has(location)) {
          ObjectNode node = objects.add("location", country, start, start, TlpMarking.CLEAR);
          node.put("name", country);
          node.put("country", country);
        }
        objects.relate(
            identity.get("id").asString(), "located-at", location, start, TlpMarking.CLEAR);
      }
    }
  }

  /** The identity id of organisation {@code orgId}. */
  static String identityOf(BundleObjects objects, String orgId) {
    return objects.ids().of("identity", orgId);
  }
}
