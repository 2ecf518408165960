package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.certex.avro.InjectFired;
import org.certex.avro.ManualAlert;
import org.certex.avro.ManualInject;
import org.certex.avro.Nis2EntityType;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * The manual injects of a run, as the engine fires them: each gets the id {@code manual-<n>}, n
 * counting the run's manual injects from 1 (carried on from the log when the run resumes, and
 * passing over a number whose id the scenario already gives an inject), and becomes the records the
 * engine's own injects become: an alert from its sender (a {@link ScheduledAlert}, published
 * through the sender's simulated CERT) or a message, and an {@code InjectFired} with cause {@value
 * #CAUSE}. A manual inject opens no expectation: the MSEL planned none for it.
 */
final class ManualInjects {

  static final String CAUSE = "manual";
  static final String ID_PREFIX = "manual-";

  private final Scenario scenario;
  private final String runId;
  private final Set<String> scenarioIds;
  private int count;

  /**
   * @param fired how many the run fired before it resumed (the highest n on its log)
   */
  ManualInjects(Scenario scenario, String runId, int fired) {
    this.scenario = scenario;
    this.runId = runId;
    this.scenarioIds = Timeline.of(scenario).stream().map(Inject::id).collect(Collectors.toSet());
    this.count = fired;
  }

  /** The id the next manual inject gets; taken by {@link #take}. */
  String nextId() {
    int n = count + 1;
    while (scenarioIds.contains(ID_PREFIX + n)) {
      n++;
    }
    return ID_PREFIX + n;
  }

  /** Takes the next id: the inject with it is about to fire. */
  String take() {
    String id = nextId();
    count = number(id);
    return id;
  }

  /** The n of a manual inject's id; 0 for another id. */
  static int number(String injectId) {
    if (injectId == null || !injectId.startsWith(ID_PREFIX)) {
      return 0;
    }
    try {
      return Integer.parseInt(injectId.substring(ID_PREFIX.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The alert a manual inject of kind alert publishes, from its sender, at {@code at}. */
  ScheduledAlert alert(ManualInject inject, String id, Instant at) {
    ManualAlert a = inject.getAlert();
    return new ScheduledAlert(
        id,
        Duration.between(scenario.start(), at),
        Duration.ZERO,
        inject.getSender(),
        inject.getRecipients(),
        a.getTlp(),
        a.getPap(),
        a.getRsitClass(),
        a.getRsitType(),
        a.getSeverity(),
        null,
        Nis2EntityType.NOT_IN_SCOPE,
        false,
        false,
        List.of(),
        a.getIndicators().stream()
            .map(i -> new ScheduledAlert.IndicatorOfCompromise(i.getType(), i.getValue()))
            .toList(),
        a.getCampaign(),
        null,
        inject.getText());
  }

  String runId() {
    return runId;
  }

  Scenario scenario() {
    return scenario;
  }

  /** The record of a manual inject fired at {@code at} under {@code id}. */
  InjectFired fired(ManualInject inject, String id, Instant at) {
    boolean alert = inject.getAlert() != null;
    return InjectFired.newBuilder()
        .setRunId(runId)
        .setInjectId(id)
        .setSender(inject.getSender())
        .setKind(inject.getKind())
        .setRecipients(inject.getRecipients())
        .setSubject(subject(inject))
        .setBody(inject.getText())
        .setAlertId(alert ? id : null)
        .setCause(CAUSE)
        .setScenarioTime(at)
        .build();
  }

  private static String subject(ManualInject inject) {
    ManualAlert a = inject.getAlert();
    if (!inject.getSubject().isEmpty() || a == null) {
      return inject.getSubject();
    }
    return a.getRsitClass() + "/" + a.getRsitType();
  }
}
