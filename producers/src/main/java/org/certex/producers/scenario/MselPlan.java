package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.certex.avro.InjectPlacement;
import org.certex.avro.PlannedExpectation;
import org.certex.avro.PlannedInject;
import org.certex.schemas.RecordLimits;

/**
 * The MSEL as the engine will play it, for the run record ({@code ExerciseRun.msel}): exercise
 * control's page shows from it what is pending, and the contingency and branch injects that fire
 * only if something calls for them, each with its expectations in the scenario's own notation
 * ({@link ActionNotation}). Every inject of the timeline (the MSEL's injects and the plain alerts,
 * by offset, in file order where two share one), then the injects off the timeline in file order:
 * BRANCH for one an expectation's branch selects, CONTINGENCY for the others (fired by a missed
 * expectation, or by hand).
 *
 * <p>Bounded: the summary is cut to {@link #SUMMARY_CHARS}, objectives and descriptions to {@link
 * #NOTE_CHARS}; everything else is what the scenario file spells out, under the loader's limits,
 * and the loader refuses a scenario whose run record, this included, passes {@link
 * RecordLimits#RECORD_BYTES} (see {@code RecordCheck}).
 */
final class MselPlan {

  /** The longest summary of an inject: the alert's first words, or the message's subject. */
  static final int SUMMARY_CHARS = 160;

  /** The longest objective or expectation description carried; longer ones are cut. */
  static final int NOTE_CHARS = 1_024;

  private MselPlan() {}

  static List<PlannedInject> of(Scenario scenario) {
    List<Inject> all = new ArrayList<>(scenario.injects());
    scenario.alerts().stream().map(MselPlan::asInject).forEach(all::add);
    Set<String> branchTargets =
        scenario.injects().stream()
            .flatMap(i -> i.branches().stream())
            .map(Branch::inject)
            .collect(Collectors.toSet());
    List<PlannedInject> plan = new ArrayList<>();
    all.stream()
        .filter(i -> !i.contingency())
        .sorted(Comparator.comparing(Inject::at))
        .forEach(i -> plan.add(planned(i, InjectPlacement.TIMELINE)));
    all.stream()
        .filter(Inject::contingency)
        .forEach(
            i ->
                plan.add(
                    planned(
                        i,
                        branchTargets.contains(i.id())
                            ? InjectPlacement.BRANCH
                            : InjectPlacement.CONTINGENCY)));
    return plan;
  }

  private static PlannedInject planned(Inject inject, InjectPlacement placement) {
    return PlannedInject.newBuilder()
        .setInjectId(inject.id())
        .setOffsetMillis(placement == InjectPlacement.TIMELINE ? inject.at().toMillis() : null)
        .setPlacement(placement)
        .setSender(inject.from())
        .setKind(kind(inject))
        .setRecipients(inject.isAlert() ? inject.alert().to() : inject.message().to())
        .setSummary(RecordLimits.cut(summary(inject), SUMMARY_CHARS))
        .setObjective(note(inject.objective()))
        .setController(inject.controller() == null ? "" : inject.controller())
        .setExpectations(inject.expectations().stream().map(MselPlan::planned).toList())
        .build();
  }

  private static PlannedExpectation planned(Expectation e) {
    return PlannedExpectation.newBuilder()
        .setExpectationId(e.id())
        .setWho(e.who())
        .setAction(e.actionText())
        .setWithinMillis(e.within().toMillis())
        .setTargets(e.targets())
        .setDescription(note(e.description()))
        .setContingency(e.contingency())
        .build();
  }

  private static String kind(Inject inject) {
    return inject.isAlert()
        ? "alert"
        : inject.message().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The message's subject, or the alert's first words (its RSIT label if it has no text). */
  private static String summary(Inject inject) {
    if (!inject.isAlert()) {
      return inject.message().subject() == null ? "" : inject.message().subject();
    }
    ScheduledAlert alert = inject.alert();
    String text = alert.text() == null ? "" : alert.text().strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? ActionNotation.word(alert.rsitClass()) + "/" + alert.rsitType() : text;
  }

  private static String note(String text) {
    return text == null ? "" : RecordLimits.cut(text, NOTE_CHARS);
  }

  private static Inject asInject(ScheduledAlert alert) {
    return new Inject(
        alert.id(), alert.at(), alert.from(), alert, null, null, null, false, List.of(), List.of());
  }
}
