package org.certex.launcher.debrief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The after-action report of one run, as plain data read from the fold ({@link DebriefReading},
 * {@link TeamDebriefReading}): written whole to report.json, as tables to CSV and as charts to
 * report.html. For a CERT's team ({@code audience} an organisation id) only the sections of that
 * team's own view are set; the others are null and left out of report.json.
 *
 * @param audience "evaluators" for the whole run, else the id of the CERT whose team it is for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Debrief(
    Run run,
    String audience,
    List<Participant> participants,
    Series alertsOverTime,
    List<CertSeries> alertsPerCert,
    List<TeamTimes> responseTimes,
    Compliance nis2,
    List<Clock> clocks,
    List<ObjectiveRating> objectives,
    List<ReasonCount> refusals,
    List<Flow> flows,
    List<Hop> hops,
    List<TimelineEntry> timeline,
    TeamView team,
    JsonNode incidents,
    JsonNode attribution,
    List<String> ratingRules,
    Read read) {

  static final String EVALUATORS = "evaluators";

  record Run(
      String runId,
      String scenarioId,
      String title,
      String status,
      Instant scenarioStart,
      Instant startedAt,
      Instant endedAt,
      Instant asOf) {}

  record Participant(String id, String name, String country, String kind) {}

  /** Alerts per bucket of {@code bucketSeconds} from the scenario's start, one count per label. */
  record Series(
      long bucketSeconds, List<String> labels, List<Map<String, Object>> alertsOverTime) {}

  record CertSeries(String cert, Series series) {}

  /** A measure's times for one team, in seconds; {@code open} alerts it has not acted on. */
  record Times(int count, Long medianSeconds, Long maxSeconds, int open) {}

  record TeamTimes(
      String team,
      int met,
      int late,
      int missed,
      int open,
      Times timeToAcknowledge,
      Times timeToNotify,
      Times timeToShare,
      long refusedShares) {}

  /** NIS2 reporting clocks by their latest state. */
  record Compliance(long met, long late, long missed, long open) {}

  record Clock(
      String incidentId,
      String entity,
      String csirt,
      String report,
      String state,
      Instant openedAt,
      Instant deadline,
      Long marginMillis,
      Instant at) {}

  /** One piece of evidence behind a rating: an expectation, a NIS2 clock or a refused share. */
  record Evidence(String kind, String id, String who, String what, String outcome) {}

  record ObjectiveRating(
      String objective,
      int met,
      int late,
      int missed,
      int open,
      long clocksLateOrMissed,
      long clocksUnanswered,
      long refusedShares,
      String rating,
      String ratingName,
      String why,
      List<Evidence> evidence) {}

  record ReasonCount(String reason, long count) {}

  record Flow(String from, String to, String label, long count, long refused) {}

  record Hop(String from, String to, long shared, long timed, Long meanSeconds, Long maxSeconds) {}

  /** An inject that fired, or a decisive action, at its scenario time. */
  record TimelineEntry(Instant at, String kind, String who, String what, String ref) {}

  /** What one CERT's team sees of the run, as the dashboard shows it that team. */
  record TeamView(
      String cert,
      List<JsonNode> inbox,
      long inboxShown,
      List<JsonNode> actions,
      List<JsonNode> expectations,
      List<JsonNode> outcomes,
      JsonNode incidents,
      JsonNode attribution) {}

  /** How the run was read: records, undecodable records skipped, the seconds it took. */
  record Read(long records, long skipped, double seconds) {}
}
