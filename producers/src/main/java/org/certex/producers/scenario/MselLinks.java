package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The references between injects and expectations: an expectation's {@code contingency} names a
 * contingency inject; a branch names an expectation (of any inject) and the inject it fires. They
 * may point down the file, so they are collected while the injects are read and checked at the end,
 * together with the chains they form ({@link FiringChains}). Ids are registered even for items with
 * other problems, so that one mistake does not make every reference to it look wrong.
 */
final class MselLinks {

  private record Reference(Node node, String key, String target) {}

  private record ContingencyLink(String owner, Reference inject) {}

  private record BranchLink(Reference expectation, Reference inject) {}

  private final ProblemLog log;
  private final Map<String, Boolean> contingencyByInject = new LinkedHashMap<>();
  private final Map<String, String> ownerByExpectation = new HashMap<>();
  private final Map<String, Node> firstExpectation = new HashMap<>();
  private final Map<String, SourceLocation> expectationLocations = new HashMap<>();
  private final List<ContingencyLink> contingencies = new ArrayList<>();
  private final List<BranchLink> branches = new ArrayList<>();

  MselLinks(ProblemLog log) {
    this.log = log;
  }

  /** An inject of the MSEL; a repeated id is reported by {@link AlertTimeline}. */
  void inject(String id, boolean contingency) {
    contingencyByInject.putIfAbsent(id, contingency);
  }

  /**
   * An expectation of inject {@code owner} ({@code null} if the inject's id is unreadable), its id
   * given at {@code node} in the mapping {@code item}; expectation ids are unique across all
   * injects.
   */
  void expectation(String id, Node node, Node item, String owner) {
    Node first = firstExpectation.putIfAbsent(id, node);
    if (first != null) {
      log.report(
          node,
          "duplicate expectation id '"
              + id
              + "'; first defined at line "
              + (first.getStartMark().getLine() + 1));
      return;
    }
    ownerByExpectation.put(id, owner);
    expectationLocations.put(id, SourceLocation.of(item));
  }

  /** Where each expectation was written, by id. */
  Map<String, SourceLocation> expectationLocations() {
    return Map.copyOf(expectationLocations);
  }

  /** Missing the expectation fires {@code target}, named at {@code node} under {@code key}. */
  void contingency(String owner, Node node, String target) {
    contingencies.add(new ContingencyLink(owner, new Reference(node, "contingency", target)));
  }

  /**
   * When {@code expectation} resolves, {@code inject} fires; either is {@code null} if unreadable
   * (the other is still checked).
   */
  void branch(Node expectationNode, String expectation, Node injectNode, String inject) {
    branches.add(
        new BranchLink(
            expectation == null ? null : new Reference(expectationNode, "expectation", expectation),
            inject == null ? null : new Reference(injectNode, "then", inject)));
  }

  /** Reports every reference that does not resolve, then every cycle of resolved ones. */
  void check() {
    FiringChains chains = new FiringChains(contingencyByInject.keySet());
    for (ContingencyLink link : contingencies) {
      if (resolves(link.inject(), this::contingencyInject) && link.owner() != null) {
        chains.link(link.owner(), link.inject().target(), link.inject().node(), "contingency");
      }
    }
    for (BranchLink link : branches) {
      boolean expectation = resolves(link.expectation(), this::expectation);
      boolean inject = resolves(link.inject(), this::inject);
      if (expectation && inject) {
        Reference then = link.inject();
        Optional.ofNullable(ownerByExpectation.get(link.expectation().target()))
            .ifPresent(owner -> chains.link(owner, then.target(), then.node(), "branch"));
      }
    }
    chains.reportCycles(log);
  }

  private boolean resolves(Reference reference, Consumer<String> check) {
    if (reference == null) {
      return false;
    }
    try {
      check.accept(reference.target());
      return true;
    } catch (InvalidValueException e) {
      log.report(reference.node(), e.describeFor(reference.key()));
      return false;
    }
  }

  private void inject(String id) {
    if (!contingencyByInject.containsKey(id)) {
      throw new InvalidValueException(
          "unknown inject '" + id + "'", hint(id, contingencyByInject.keySet(), "an inject"));
    }
  }

  private void contingencyInject(String id) {
    inject(id);
    if (!contingencyByInject.get(id)) {
      throw new InvalidValueException(
          "timeline inject '" + id + "'",
          "a contingency must be an inject marked 'contingency: true'");
    }
  }

  private void expectation(String id) {
    if (!ownerByExpectation.containsKey(id)) {
      throw new InvalidValueException(
          "unknown expectation '" + id + "'",
          hint(id, ownerByExpectation.keySet(), "an expectation of any inject"));
    }
  }

  private static String hint(String id, Set<String> known, String what) {
    Optional<String> nearest = NearestWord.to(id, known);
    return nearest.map(word -> "did you mean '" + word + "'?").orElse("name the id of " + what);
  }
}
