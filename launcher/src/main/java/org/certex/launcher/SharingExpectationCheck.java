package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.RunRecords;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.streams.policy.SharingFacts;
import org.certex.streams.policy.SharingRequest;
import org.certex.streams.policy.SharingVerdict;
import org.certex.streams.run.RunPolicy;

/**
 * A planner's check before the drill: would the sharing pipeline do what the MSEL expects of shares
 * and permissions? For every alert inject it decides the alert as the pipeline will, then every
 * expected {@code share} and {@code grant-permission} on it, and warns of every target that would
 * not receive the alert: refused by the label, or pointless because the target holds it already. An
 * expectation marked {@code expect-refusal} is a training point; it is warned of when the policy
 * would deliver instead.
 *
 * <p>It lives in the launcher because it needs both the scenario model (producers) and the policy
 * (streams), which do not know each other. It goes through {@link RunPolicy} and {@link
 * RunRecords#preview}, like the pipeline and {@code certex policy explain}, so the scenario's
 * {@code policy:} overrides apply. Expected requests on one alert are decided in the order of their
 * deadlines, the order automatic players act in (MSEL order for equal deadlines), each one's
 * deliveries adding holders for the next. Shares players make on their own are unknown here, and a
 * share on a message inject concerns no alert, so neither is checked.
 */
final class SharingExpectationCheck {

  private final RunPolicy sharing;

  private SharingExpectationCheck(RunPolicy sharing) {
    this.sharing = sharing;
  }

  /** Every warning of the scenario, in file order. */
  static List<SharingWarning> of(Scenario scenario) {
    SharingExpectationCheck check =
        new SharingExpectationCheck(RunPolicy.of(RunRecords.preview(scenario)));
    List<SharingWarning> warnings = new ArrayList<>();
    for (Inject inject : scenario.injects()) {
      if (inject.isAlert()) {
        warnings.addAll(check.alert(inject, scenario));
      }
    }
    warnings.sort(
        Comparator.comparingInt(SharingWarning::line).thenComparingInt(SharingWarning::column));
    return warnings;
  }

  /**
   * Prints the warnings of {@code scenario}, read from {@code file}, one per line.
   *
   * @return how many there were
   */
  static int print(Path file, Scenario scenario, PrintWriter err) {
    List<SharingWarning> warnings = of(scenario);
    warnings.forEach(warning -> err.println(warning.format(file)));
    err.flush();
    return warnings.size();
  }

  private List<SharingWarning> alert(Inject inject, Scenario scenario) {
    SharingFacts facts = facts(inject);
    SharingWording wording =
        new SharingWording(inject, sharing.policy().rules().agreementsCountForGreen());
    Map<String, String> holders = new LinkedHashMap<>();
    for (SharingVerdict verdict : sharing.policy().everyVerdict(facts, sharing.roster())) {
      if (verdict.deliver()) {
        holders.put(verdict.recipient(), wording.heldBy(verdict.reason()));
      }
    }
    List<SharingWarning> warnings = new ArrayList<>();
    List<Expectation> requests =
        inject.expectations().stream()
            .filter(expectation -> expectation.action().isSharing())
            .sorted(Comparator.comparing(Expectation::within))
            .toList();
    for (Expectation expected : requests) {
      for (String message : request(facts, expected, holders, wording)) {
        warnings.add(new SharingWarning(scenario.locationOf(expected.id()).orElse(null), message));
      }
    }
    return warnings;
  }

  /**
   * Decides one expected request and returns its warnings; the targets it delivers to hold the
   * alert from then on.
   */
  private List<String> request(
      SharingFacts facts, Expectation expected, Map<String, String> holders, SharingWording says) {
    if (expected.targets().isEmpty()) {
      return List.of(says.noTargets(expected));
    }
    List<SharingVerdict> verdicts =
        sharing
            .policy()
            .decideRequest(
                facts, request(expected), sharing.roster(), new HashSet<>(holders.keySet()));
    List<String> warnings = new ArrayList<>();
    for (SharingVerdict verdict : verdicts) {
      String target = verdict.recipient();
      // The planner sees every holder, even where the policy tells a team only what the label
      // lets it know (a refusal by the label rather than RECIPIENT_ALREADY_HOLDS).
      if (holders.containsKey(target)) {
        warnings.add(says.alreadyHolds(expected, target, holders.get(target)));
      } else if (verdict.deliver()) {
        if (expected.expectRefusal()) {
          warnings.add(says.deliveredDespiteExpectedRefusal(expected, target, verdict.reason()));
        }
        holders.putIfAbsent(target, says.sharedBy(expected));
      } else if (!expected.expectRefusal()) {
        warnings.add(says.refused(expected, target, verdict.reason()));
      }
    }
    return warnings;
  }

  private static SharingRequest request(Expectation expected) {
    SharingRequest.Kind kind =
        expected.action() == Expectation.ExpectedAction.GRANT_PERMISSION
            ? SharingRequest.Kind.GRANT_PERMISSION
            : SharingRequest.Kind.SHARE;
    return new SharingRequest(kind, expected.who(), expected.targets());
  }

  /** The alert as the pipeline decides it: what a simulated organisation publishes of it. */
  private static SharingFacts facts(Inject inject) {
    ScheduledAlert alert = inject.alert();
    return new SharingFacts(
        inject.id(),
        inject.from(),
        alert.tlp(),
        alert.pap(),
        alert.to(),
        alert.significant(),
        alert.crossBorder(),
        new HashSet<>(alert.affectedCountries()));
  }
}
