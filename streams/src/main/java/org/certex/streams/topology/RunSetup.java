package org.certex.streams.topology;

import java.time.Instant;
import java.util.List;
import org.certex.avro.SituationSettings;
import org.certex.schemas.RunTopics;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingPolicy;

/**
 * What the topologies of one run need to know of it: its topics, its roster, the sharing policy it
 * plays under and the scenario's settings of the situation (NIS2 deadlines, correlation window,
 * escalation, attribution), each null field of which keeps its default; and the scenario's start,
 * from which the checks reckon the run's horizon ({@code RecordLimits.SCENARIO_SPAN}; null: none).
 */
public record RunSetup(
    RunTopics topics,
    List<Party> roster,
    SharingPolicy policy,
    SituationSettings situation,
    Instant scenarioStart) {

  public RunSetup {
    roster = List.copyOf(roster);
    situation = situation == null ? SituationSettings.newBuilder().build() : situation;
  }

  public RunSetup(
      RunTopics topics, List<Party> roster, SharingPolicy policy, SituationSettings situation) {
    this(topics, roster, policy, situation, null);
  }

  public RunSetup(RunTopics topics, List<Party> roster, SharingPolicy policy) {
    this(topics, roster, policy, null, null);
  }

  public String runId() {
    return topics.runId();
  }
}
