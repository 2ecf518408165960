package org.certex.launcher.stix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.IncidentView;
import org.certex.dashboard.views.ParticipantView;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The STIX 2.1 bundle of what an export holds of a run ({@link ExportedRun}), made from that and
 * nothing else: identities, indicators and sightings, incidents, attribution outcomes and the TLP
 * 2.0 marking definitions they refer to. docs/STIX.md gives the mapping.
 *
 * @param bundle the bundle, ready to write
 * @param objects how many objects of each type it holds
 * @param unmapped indicators left out for want of a STIX mapping, by their certex type
 */
record StixBundle(ObjectNode bundle, Map<String, Integer> objects, Map<String, Integer> unmapped) {

  static StixBundle of(ExportedRun run) {
    StixIds ids = new StixIds(run.runId());
    BundleObjects objects = new BundleObjects(ids);
    RosterObjects.add(objects, run.participants(), run.scenarioStart());
    IndicatorObjects indicators = new IndicatorObjects(objects);
    run.alerts().forEach(indicators::add);
    indicators.make();
    for (String reporter : indicators.reporters()) {
      if (!objects.has(RosterObjects.identityOf(objects, reporter))) {
        // A source the run's roster does not list still gets an identity: no sighting without one.
        RosterObjects.add(
            objects,
            List.of(new ParticipantView(reporter, reporter, null, null)),
            run.scenarioStart());
      }
    }
    SituationObjects situation = new SituationObjects(objects, indicators, run.alerts());
    for (IncidentView incident : run.incidents()) {
      situation.incident(incident);
    }
    for (AttributionView record : run.attributions()) {
      situation.attribution(record);
    }
    List<ObjectNode> all = objects.inOrder();
    ObjectNode bundle = JsonNodeFactory.instance.objectNode();
    bundle.put("type", "bundle");
    bundle.put("id", ids.of("bundle", run.cert() == null ? "" : run.cert()));
    Map<String, Integer> counts = new TreeMap<>();
    var array = bundle.putArray("objects");
    for (ObjectNode node : all) {
      array.add(node);
      counts.merge(node.get("type").asString(), 1, Integer::sum);
    }
    return new StixBundle(bundle, counts, indicators.unmapped());
  }
}
