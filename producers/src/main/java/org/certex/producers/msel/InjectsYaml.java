package org.certex.producers.msel;

import java.time.Duration;
import java.util.List;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * Writes injects as the {@code injects:} section of a scenario file, for a planner to paste into a
 * scenario. Written by hand rather than dumped by SnakeYAML so that the output is stable and reads
 * like the hand-written scenarios: block mappings, short lists in flow style, multi-line texts as
 * literal blocks and quotes only where YAML needs them. Values that are not set are left out, so
 * the scenario loader's defaults apply.
 */
public final class InjectsYaml {

  private final YamlLines yaml = new YamlLines();

  private InjectsYaml() {}

  public static String write(List<Inject> injects) {
    if (injects.isEmpty()) {
      return "injects: []\n";
    }
    InjectsYaml writer = new InjectsYaml();
    writer.yaml.line(0, "injects:");
    injects.forEach(writer::inject);
    return writer.yaml.toString();
  }

  private void inject(Inject inject) {
    yaml.item(2, "id", inject.id());
    yaml.scalar(4, "at", duration(inject.at()));
    yaml.scalar(4, "from", inject.from());
    yaml.scalar(4, "objective", inject.objective());
    yaml.scalar(4, "controller", inject.controller());
    yaml.raw(4, "contingency", String.valueOf(inject.contingency()));
    if (inject.isAlert()) {
      alert(inject.alert());
    } else {
      message(inject.message());
    }
    if (!inject.expectations().isEmpty()) {
      yaml.line(4, "expect:");
      inject.expectations().forEach(this::expectation);
    }
    if (!inject.branches().isEmpty()) {
      yaml.line(4, "branches:");
      inject.branches().forEach(this::branch);
    }
  }

  private void alert(ScheduledAlert alert) {
    yaml.line(4, "alert:");
    yaml.list(6, "to", alert.to());
    yaml.scalar(6, "tlp", MselTerms.TLP.word(alert.tlp()));
    yaml.scalar(6, "pap", MselTerms.PAP.word(alert.pap()));
    yaml.scalar(6, "rsit", CellNotation.rsit(alert.rsitClass(), alert.rsitType()));
    yaml.scalar(6, "severity", MselTerms.SEVERITY.word(alert.severity()));
    yaml.scalar(6, "sector", alert.sector());
    yaml.scalar(6, "nis2", MselTerms.NIS2.word(alert.nis2EntityType()));
    yaml.raw(6, "significant", String.valueOf(alert.significant()));
    yaml.raw(6, "cross-border", String.valueOf(alert.crossBorder()));
    if (!alert.affectedCountries().isEmpty()) {
      yaml.list(6, "affected-countries", alert.affectedCountries());
    }
    if (!alert.indicators().isEmpty()) {
      yaml.line(6, "indicators:");
      alert
          .indicators()
          .forEach(i -> yaml.flowItem(8, List.of("type", i.type(), "value", i.value())));
    }
    yaml.scalar(6, "campaign", alert.campaign());
    yaml.scalar(6, "derived-from", alert.derivedFrom());
    yaml.scalar(6, "detected-before", duration(alert.detectedBefore()));
    yaml.text(6, "text", alert.text());
  }

  private void message(InjectMessage message) {
    yaml.line(4, "message:");
    yaml.scalar(6, "kind", MselTerms.MESSAGE_KIND.word(message.kind()));
    yaml.list(6, "to", message.to());
    yaml.text(6, "subject", message.subject());
    yaml.text(6, "body", message.body());
  }

  private void expectation(Expectation expectation) {
    yaml.item(6, "id", expectation.id());
    yaml.scalar(8, "who", expectation.who());
    yaml.scalar(8, "action", expectation.actionText());
    yaml.scalar(8, "within", duration(expectation.within()));
    if (!expectation.targets().isEmpty()) {
      yaml.list(8, "targets", expectation.targets());
    }
    yaml.text(8, "description", expectation.description());
    yaml.scalar(8, "contingency", expectation.contingency());
    if (expectation.expectRefusal()) {
      yaml.raw(8, "expect-refusal", "true");
    }
  }

  private void branch(Branch branch) {
    String when =
        "{expectation: "
            + YamlScalar.of(branch.expectation())
            + ", outcome: "
            + MselTerms.OUTCOME.word(branch.outcome())
            + "}";
    yaml.line(6, "- {when: " + when + ", then: " + YamlScalar.of(branch.inject()) + "}");
  }

  private static String duration(Duration duration) {
    return duration == null ? null : CompactDuration.format(duration);
  }
}
