package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Which inject's firing can lead to which other inject: through an expectation's contingency (the
 * expectation is missed) or through a branch on one of its expectations. A chain that leads back to
 * where it started is a planning mistake: play would loop, or the engine, which fires an inject
 * once, would silently drop part of the plan. Each cycle is reported at the link that closes it.
 */
final class FiringChains {

  /** The kind of link, for the message: "branch" or "contingency". */
  private record Link(String to, Node node, String kind) {}

  /** One inject on the path being explored, and the kind of link that led to it. */
  private record Step(String inject, String via) {}

  private final Map<String, List<Link>> links = new LinkedHashMap<>();

  /**
   * @param injects every inject id, in file order, which is the order cycles are searched in
   */
  FiringChains(Collection<String> injects) {
    injects.forEach(inject -> links.put(inject, new ArrayList<>()));
  }

  /** Firing {@code from} can lead to firing {@code to}; {@code node} is where the file says so. */
  void link(String from, String to, Node node, String kind) {
    links.computeIfAbsent(from, inject -> new ArrayList<>()).add(new Link(to, node, kind));
  }

  void reportCycles(ProblemLog log) {
    Set<String> explored = new HashSet<>();
    for (String inject : List.copyOf(links.keySet())) {
      explore(new Step(inject, null), new ArrayList<>(), explored, log);
    }
  }

  /** Depth first; a link to an inject on the current path closes a cycle. */
  private void explore(Step step, List<Step> path, Set<String> explored, ProblemLog log) {
    if (explored.contains(step.inject())) {
      return;
    }
    path.add(step);
    for (Link link : links.getOrDefault(step.inject(), List.of())) {
      int start = indexOf(path, link.to());
      if (start >= 0) {
        log.report(link.node(), describe(path.subList(start, path.size()), link));
      } else {
        explore(new Step(link.to(), link.kind()), path, explored, log);
      }
    }
    path.remove(path.size() - 1);
    explored.add(step.inject());
  }

  private static int indexOf(List<Step> path, String inject) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).inject().equals(inject)) {
        return i;
      }
    }
    return -1;
  }

  /** E.g. "cyclic branches: inj-05 -> inj-06 -> inj-05; ...". */
  private static String describe(List<Step> cycle, Link closing) {
    Set<String> kinds = new HashSet<>();
    kinds.add(closing.kind());
    cycle.stream().skip(1).forEach(step -> kinds.add(step.via()));
    String what =
        kinds.size() > 1
            ? "branches and contingencies"
            : kinds.contains("branch") ? "branches" : "contingencies";
    String chain =
        cycle.stream().map(Step::inject).collect(Collectors.joining(" -> "))
            + " -> "
            + closing.to();
    return "cyclic " + what + ": " + chain + "; an inject's firing must not lead back to itself";
  }
}
