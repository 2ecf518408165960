package org.certex.launcher.stix;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.IncidentView;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incidents and attribution outcomes the exporting party sees. An {@code incident} per incident
 * (name its id; created its first detection, modified its last; marked with the most restrictive
 * label among the member alerts the party holds), with a {@code related-to} relationship from each
 * indicator of those members. An attributed actor is a {@code threat-actor}; a coordinated
 * attribution or adopted toolbox outcome is an {@code attributed-to} relationship to it from the
 * incident it names, or from an {@code intrusion-set} for the campaign it names. A coordinated
 * attribution is marked TLP:AMBER+STRICT (it is for the CERTs of the states that are part of it),
 * an adopted outcome TLP:CLEAR (the toolbox publishes it).
 */
final class SituationObjects {

  private final BundleObjects objects;
  private final IndicatorObjects indicators;
  private final Map<String, HeldAlert> alerts = new HashMap<>();
  private final Map<String, String> incidentIds = new HashMap<>();

  SituationObjects(BundleObjects objects, IndicatorObjects indicators, List<HeldAlert> held) {
    this.objects = objects;
    this.indicators = indicators;
    held.forEach(alert -> alerts.put(alert.alertId(), alert));
  }

  void incident(IncidentView incident) {
    TlpMarking marking = null;
    for (IncidentView.Member member : incident.members()) {
      HeldAlert alert = alerts.get(member.alertId());
      // A member whose label the party does not know is taken as the most restrictive.
      marking = (alert == null ? TlpMarking.RED : alert.tlp()).stricter(marking);
    }
    Instant first = incident.firstSeen();
    Instant last = incident.lastSeen() != null ? incident.lastSeen() : first;
    ObjectNode node =
        objects.add(
            "incident",
            incident.incidentId(),
            first,
            last,
            marking == null ? TlpMarking.RED : marking);
    node.put("name", incident.incidentId());
    node.put("description", describe(incident));
    String id = node.get("id").asString();
    incidentIds.put(incident.incidentId(), id);
    relateIndicators(incident, id, first);
  }

  private void relateIndicators(IncidentView incident, String incidentId, Instant at) {
    Map<String, TlpMarking> related = new LinkedHashMap<>();
    for (IncidentView.Member member : incident.members()) {
      HeldAlert alert = alerts.get(member.alertId());
      if (alert == null) {
        continue;
      }
      for (HeldAlert.Indicator indicator : alert.indicators()) {
        indicators
            .idOf(indicator)
            .ifPresent(id -> related.merge(id, alert.tlp(), TlpMarking::stricter));
      }
    }
    related.forEach((id, marking) -> objects.relate(id, "related-to", incidentId, at, marking));
  }

  void attribution(AttributionView record) {
    boolean coordinated = "COORDINATED_ATTRIBUTION".equals(record.kind());
    TlpMarking marking = coordinated ? TlpMarking.AMBER_STRICT : TlpMarking.CLEAR;
    Instant at = record.at();
    String actor = actor(record.actor(), at, marking);
    String source =
        Optional.ofNullable(incidentIds.get(record.subject()))
            .orElseGet(() -> intrusionSet(record.subject(), at, marking));
    ObjectNode relationship =
        objects.relate(source, "attributed-to", actor, record.kind(), at, marking);
    relationship.put(
        "description",
        coordinated
            ? "Coordinated attribution by "
                + String.join(", ", record.memberStates())
                + (record.confidence() != null ? " (confidence " + record.confidence() + ")" : "")
            : "EU cyber diplomacy toolbox: "
                + record.measure()
                + " adopted"
                + (record.memberStates().isEmpty()
                    ? ""
                    : " by " + String.join(", ", record.memberStates())));
  }

  private String actor(String name, Instant at, TlpMarking marking) {
    return named("threat-actor", name, at, marking);
  }

  private String intrusionSet(String campaign, Instant at, TlpMarking marking) {
    return named("intrusion-set", campaign, at, marking);
  }

  /** An object known by its name: made once, its marking the most restrictive of its uses. */
  private String named(String type, String name, Instant at, TlpMarking marking) {
    String id = objects.ids().of(type, name);
    if (objects.has(id)) {
      objects.remark(id, marking, at);
      return id;
    }
    objects.add(type, name, at, at, marking).put("name", name);
    return id;
  }

  private static String describe(IncidentView incident) {
    long sources =
        incident.members().stream().map(IncidentView.Member::sourceOrg).distinct().count();
    StringBuilder text =
        new StringBuilder()
            .append("Cross-border incident: ")
            .append(incident.members().size())
            .append(" alerts from ")
            .append(sources)
            .append(" organisations");
    if (!incident.countries().isEmpty()) {
      text.append("; countries ").append(String.join(", ", incident.countries()));
    }
    if (!incident.sectors().isEmpty()) {
      text.append("; sectors ").append(String.join(", ", incident.sectors()));
    }
    if (incident.highestSeverity() != null) {
      text.append("; highest severity ").append(incident.highestSeverity());
    }
    if (incident.largeScale() != null) {
      text.append("; escalated as a large-scale incident");
    }
    return text.toString();
  }
}
