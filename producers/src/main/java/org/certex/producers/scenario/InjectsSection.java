package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the optional {@code injects:} section, the MSEL (master scenario events list): timed
 * injects, each publishing an alert or a message, with the player actions it expects, the
 * contingency injects that fire when an expectation is missed, and branches on what players did.
 * The scenario holds injects in file order; the exercise engine orders them by time.
 */
final class InjectsSection {

  static final String KEY = "injects";

  private final MselLinks links;
  private final InjectReader reader;

  InjectsSection(ProblemLog log, ParticipantRoster roster, AlertReader alerts) {
    this.links = new MselLinks(log);
    this.reader = new InjectReader(roster, alerts, links);
  }

  /** The items of the section as mappings; items of another shape are logged and skipped. */
  static List<YamlMapping> items(YamlMapping scenario, ProblemLog log) {
    return scenario.optionalList(KEY).stream()
        .flatMap(item -> YamlMapping.of(item, "an inject", InjectReader.KEYS, log).stream())
        .toList();
  }

  /** Reads every inject, then checks the references between them and their chains. */
  List<Inject> read(List<YamlMapping> injects, AlertTimeline timeline) {
    List<Inject> read = new ArrayList<>();
    for (int index = 0; index < injects.size(); index++) {
      reader.read(injects.get(index), timeline.injectPosition(index)).ifPresent(read::add);
    }
    links.check();
    return read;
  }

  /** Where each expectation of the injects read was written, by expectation id. */
  Map<String, SourceLocation> expectationLocations() {
    return links.expectationLocations();
  }
}
