package org.certex.streams.run;

import java.util.List;
import org.certex.streams.situation.attribution.AttributionTopology;
import org.certex.streams.situation.clocks.ReportingClocksTopology;
import org.certex.streams.situation.incidents.IncidentsTopology;
import org.certex.streams.topology.RunTopology;
import org.certex.streams.topology.SharingTopology;

/**
 * The topologies a run's pipeline is composed of, in the order they are added to its builder: the
 * sharing policy first, then the situation (reporting clocks, incidents, attribution), all in one
 * {@code KafkaStreams} per run.
 */
final class RunParts {

  private RunParts() {}

  static List<RunTopology> all() {
    return List.of(
        new SharingTopology(),
        new ReportingClocksTopology(),
        new IncidentsTopology(),
        new AttributionTopology());
  }
}
