package org.certex.streams.situation.incidents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentCorrelation;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentLink;
import org.certex.streams.policy.Party;

/**
 * Both phases of correlation as the topology runs them, in plain Java: the keys spread over {@code
 * partitions} partitions (each with its own index, forgetting by its own stream time), the links of
 * all partitions interleaved at random into the one assembly. The result is the incidents as a
 * reader of the incidents topic ends up with them.
 */
final class CorrelationSimulation {

  private final CorrelationWindow window;
  private final IncidentLimits limits;
  private final List<Party> roster;

  CorrelationSimulation(CorrelationWindow window, IncidentLimits limits, List<Party> roster) {
    this.window = window;
    this.limits = limits;
    this.roster = roster;
  }

  /** The incidents (latest record of each id that has not merged away), by id. */
  Map<String, Incident> run(
      List<IncidentAlert> arrivals, int partitions, ToIntFunction<String> partitionOf, Random mix) {
    List<KeyCorrelation> phaseOne = new ArrayList<>();
    List<Deque<IncidentLink>> queues = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      phaseOne.add(
          new KeyCorrelation(new MemorySightings(window.retentionMillis()), window, limits));
      queues.add(new ArrayDeque<>());
    }
    for (IncidentAlert alert : arrivals) {
      CorrelatedAlert correlated = IncidentScene.correlated(alert);
      for (String key : CorrelationKeys.of(alert)) {
        int p = Math.floorMod(partitionOf.applyAsInt(key), partitions);
        queues.get(p).addAll(phaseOne.get(p).correlate(key, correlated));
      }
    }
    IncidentAssembly assembly = assembly(new MemoryAssembly());
    Map<String, Incident> incidents = new TreeMap<>();
    for (IncidentLink link = next(queues, mix); link != null; link = next(queues, mix)) {
      IncidentCorrelation input = new IncidentCorrelation(link, null);
      for (AssemblyOutput output : assembly.apply(input, link.getAlert().getAt())) {
        fold(incidents, output);
      }
    }
    return incidents;
  }

  IncidentAssembly assembly(AssemblyState state) {
    EscalationAudience audience =
        EscalationAudience.of(roster, IncidentSettings.EU_CYCLONE, null, "ENISA");
    return IncidentAssembly.over(
        state,
        IncidentScene.RUN,
        LargeScaleRule.of(roster),
        new EscalationNotices(IncidentScene.RUN, audience),
        new IncidentSettings(window, limits, IncidentSettings.EU_CYCLONE, null));
  }

  static void fold(Map<String, Incident> incidents, AssemblyOutput output) {
    if (output instanceof AssemblyOutput.Published published) {
      Incident incident = published.incident();
      if (incident.getEvent() == IncidentEvent.MERGED) {
        incidents.remove(incident.getIncidentId());
      } else {
        incidents.put(incident.getIncidentId(), incident);
      }
    }
  }

  /** Each incident's member alert ids. */
  static Map<String, TreeSet<String>> membership(Map<String, Incident> incidents) {
    Map<String, TreeSet<String>> members = new TreeMap<>();
    incidents.forEach(
        (id, incident) -> {
          TreeSet<String> ids = new TreeSet<>();
          incident.getMembers().forEach(m -> ids.add(m.getAlertId()));
          members.put(id, ids);
        });
    return members;
  }

  private static IncidentLink next(List<Deque<IncidentLink>> queues, Random mix) {
    List<Deque<IncidentLink>> waiting = queues.stream().filter(q -> !q.isEmpty()).toList();
    return waiting.isEmpty() ? null : waiting.get(mix.nextInt(waiting.size())).poll();
  }
}
