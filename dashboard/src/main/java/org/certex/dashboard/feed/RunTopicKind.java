package org.certex.dashboard.feed;

import java.util.EnumSet;
import java.util.Set;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;

/**
 * The topics of a run, in the order records of the same instant are read in (a run's START before
 * what it fires, an inject before the alerts it brings, an alert before its decision and
 * deliveries, an action before what it settles; dead letters last), as the dry run's event log
 * ranks them.
 */
public enum RunTopicKind {
  CONTROL,
  INJECTS,
  ALERTS,
  DECISIONS,
  DELIVERIES,
  ACTIONS,
  EXPECTATIONS,
  CLOCKS,
  INCIDENTS,
  ATTRIBUTION,
  DEAD_LETTERS;

  /** This kind's topic of {@code run}. */
  public TopicSpec<?, ?> of(RunTopics run) {
    return switch (this) {
      case CONTROL -> run.control();
      case INJECTS -> run.injects();
      case ALERTS -> run.alerts();
      case DECISIONS -> run.decisions();
      case DELIVERIES -> run.deliveries();
      case ACTIONS -> run.actions();
      case EXPECTATIONS -> run.expectations();
      case CLOCKS -> run.clocks();
      case INCIDENTS -> run.incidents();
      case ATTRIBUTION -> run.attribution();
      case DEAD_LETTERS -> run.deadLetters();
    };
  }

  /**
   * Whether the fold reads this kind: all but the raw alerts, which no view shows (the inboxes show
   * what the policy delivered).
   */
  public boolean folded() {
    return this != ALERTS;
  }

  /** Every kind the fold reads. */
  public static Set<RunTopicKind> everyFolded() {
    Set<RunTopicKind> kinds = EnumSet.noneOf(RunTopicKind.class);
    for (RunTopicKind kind : values()) {
      if (kind.folded()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Every kind the fold reads but the deliveries: all a reader needs that shows no CERT's inbox and
   * holdings, only the run's scores, situation and exercise as played (the tally counts deliveries
   * from the decisions, {@code SharingDecided}). A run of a million alerts holds six million
   * deliveries, each a copy of its alert, and a million decisions.
   */
  public static Set<RunTopicKind> withoutInboxes() {
    Set<RunTopicKind> kinds = everyFolded();
    kinds.remove(DELIVERIES);
    return kinds;
  }

  /** The kind whose topic of {@code run} is named {@code topic}, if any. */
  public static java.util.Optional<RunTopicKind> ofTopic(RunTopics run, String topic) {
    for (RunTopicKind kind : values()) {
      if (kind.of(run).name().equals(topic)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }
}
