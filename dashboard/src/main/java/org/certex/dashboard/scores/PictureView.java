package org.certex.dashboard.scores;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certex.dashboard.scores.ClockCompliance.Counts;
import org.certex.dashboard.views.AttributionView;

/**
 * The situation picture of a run for exercise control and evaluators (see docs/DASHBOARD.md,
 * "Scores and the situation picture"). Every list is bounded whatever the number of organisations:
 * see {@link PictureQuery} and {@link RunTally}.
 */
public record PictureView(
    List<CountryRow> countries,
    List<ParticipantRow> participants,
    List<FlowRow> flows,
    Incidents incidents,
    Attribution attribution,
    Series series,
    List<TeamTime> timeToAcknowledge,
    Counts clockCompliance) {

  /**
   * @param alertsSent deliveries whose origin is one of the country's organisations
   * @param alertsReceived deliveries to one of the country's organisations
   */
  record CountryRow(
      String country, int participants, boolean euMember, long alertsSent, long alertsReceived) {}

  record ParticipantRow(
      String id, String name, String country, String kind, long sent, long received) {}

  /**
   * Deliveries and refused share attempts from one organisation (or country) to another under one
   * label.
   */
  public record FlowRow(String from, String to, String label, long count, long refused) {}

  record Incidents(long total, long largeScale, List<IncidentRow> list) {}

  record IncidentRow(
      String incidentId,
      String event,
      int memberCount,
      List<String> countries,
      List<String> sectors,
      Instant firstSeen,
      Instant lastSeen,
      String highestSeverity,
      LargeScale largeScale) {}

  record LargeScale(String reason, String declaredBy, List<String> memberStates) {}

  record Attribution(List<ProposalRow> proposals, List<AttributionView> coordinated) {}

  record ProposalRow(
      String proposalId,
      String measure,
      String subject,
      String actor,
      String procedure,
      Instant deadline,
      String state,
      Map<String, String> votes) {}

  /**
   * @param alertsOverTime one row per bucket from the scenario's start: {@code t} (the bucket's
   *     start) and the count of each label
   */
  public record Series(
      long bucketSeconds, List<String> labels, List<Map<String, Object>> alertsOverTime) {}

  record TeamTime(String team, Long medianSeconds) {}
}
