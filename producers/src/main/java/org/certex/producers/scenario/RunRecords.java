package org.certex.producers.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.certex.avro.Confidence;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Participant;
import org.certex.avro.RunStatus;
import org.certex.avro.SharingOverrides;
import org.certex.avro.SituationSettings;
import org.certex.schemas.RecordLimits;

/**
 * What a scenario puts on the runs topic: the participants with their relations and the sharing
 * policy's overrides, everything the sharing pipeline learns of a run, and the MSEL as the engine
 * will play it ({@link MselPlan}), for exercise control's page. One mapping, used by the runner and
 * by tools that must see a scenario as the pipeline will ({@code certex policy explain}), so the
 * two cannot drift apart.
 */
public final class RunRecords {

  private RunRecords() {}

  /**
   * A run record of {@code scenario} with everything the scenario decides filled in; the caller
   * adds what the run decides (run id, seed, status, wall-clock times, partitions).
   */
  public static ExerciseRun.Builder of(Scenario scenario) {
    return ExerciseRun.newBuilder()
        .setScenarioId(scenario.id())
        .setTitle(scenario.title())
        .setScenarioStart(scenario.start())
        .setParticipants(scenario.participants().stream().map(RunRecords::participant).toList())
        .setPolicy(overrides(scenario.policy()))
        .setSituation(situation(scenario))
        .setMsel(MselPlan.of(scenario));
  }

  /**
   * The record a run of {@code scenario} would start with, before there is a run: the scenario id
   * stands for the run id, and the run starts at the scenario's start with the scenario's seed.
   */
  public static ExerciseRun preview(Scenario scenario) {
    return of(scenario)
        .setRunId(scenario.id())
        .setSeed(scenario.seed())
        .setStatus(RunStatus.RUNNING)
        .setStartedAt(scenario.start())
        .build();
  }

  /**
   * {@code run} as it ended: with {@code status}, the wall-clock end, and why (null when it
   * completed or was stopped cleanly).
   */
  public static ExerciseRun ended(ExerciseRun run, RunStatus status, Instant endedAt, String why) {
    return ExerciseRun.newBuilder(run)
        .setStatus(status)
        .setEndedAt(endedAt)
        .setEndReason(why)
        .build();
  }

  /**
   * A run id of {@code scenarioId} as long as a real one ({@code <scenario>-yyyyMMdd-HHmmss}), for
   * checking a scenario's records before there is a run; {@code RunIdsTest} keeps the two in step.
   */
  public static String standInRunId(String scenarioId) {
    return scenarioId + "-00000000-000000";
  }

  /**
   * The record of a run of {@code scenario} that has ended, the largest the run writes: what {@link
   * #preview} holds, under a given run id and with an end.
   */
  static ExerciseRun ended(Scenario scenario, String runId) {
    return of(scenario)
        .setRunId(runId)
        .setSeed(scenario.seed())
        .setStatus(RunStatus.ABORTED)
        .setStartedAt(scenario.start())
        .setEndedAt(scenario.end())
        .setEndReason("r".repeat(RecordLimits.END_REASON_CHARS))
        .build();
  }

  private static Participant participant(ScenarioParticipant p) {
    return Participant.newBuilder()
        .setId(p.id())
        .setName(p.name())
        .setCountry(p.country())
        .setKind(p.kind())
        .setEuMember(p.euMember())
        .setClients(p.clients())
        .setCommunities(p.communities())
        .setAgreements(p.agreements())
        .build();
  }

  /** Null when the scenario overrides nothing, as in records written before overrides existed. */
  static SharingOverrides overrides(PolicyOverrides policy) {
    if (policy.sharingIsDefault()) {
      return null;
    }
    return SharingOverrides.newBuilder()
        .setEnisaId(policy.enisa().orElse(null))
        .setNationalCsirtKinds(policy.nationalCsirtKinds().orElse(null))
        .setAgreementsCountForGreen(policy.agreementsCountForGreen().orElse(null))
        .setRedactingPap(policy.redactingPap().orElse(null))
        .setNis2ForwardingLabels(policy.nis2ForwardingLabels().orElse(null))
        .build();
  }

  /** Null when the scenario sets nothing of the situation: every default holds. */
  static SituationSettings situation(Scenario scenario) {
    SituationOverrides s = scenario.policy().situation();
    if (s.isNone()) {
      return null;
    }
    Map<String, String> countryOf =
        scenario.participants().stream()
            .collect(
                Collectors.toMap(
                    ScenarioParticipant::id, ScenarioParticipant::country, (a, b) -> a));
    Map<String, String> representatives = new LinkedHashMap<>();
    s.representatives().forEach(id -> representatives.put(countryOf.get(id), id));
    return SituationSettings.newBuilder()
        .setEarlyWarningMillis(millis(s.earlyWarning()))
        .setNotificationMillis(millis(s.notification()))
        .setIntermediateMillis(millis(s.intermediate()))
        .setFinalReportMillis(millis(s.finalReport()))
        .setFeedbackMillis(millis(s.feedback()))
        .setDueSoonMillis(millis(s.dueSoon()))
        .setCorrelationWindowMillis(millis(s.correlationWindow()))
        .setEuCycloneCommunity(s.euCyclone().orElse(null))
        .setEscalationSource(s.escalationSource().orElse(null))
        .setCoordinatedAttributionStates(s.coordinatedStates().orElse(null))
        .setCoordinatedAttributionConfidence(
            s.coordinatedConfidence()
                .map(c -> Confidence.valueOf(c.toUpperCase(Locale.ROOT)))
                .orElse(null))
        .setRepresentatives(representatives)
        .setOutcomeSource(s.outcomeSource().orElse(null))
        .build();
  }

  private static Long millis(Optional<Duration> d) {
    return d.map(Duration::toMillis).orElse(null);
  }
}
