package org.certex.dashboard;

/** What folding one event changed, so the live page can be told (see {@link LiveStreams}). */
sealed interface ViewChange {

  String runId();

  /** The run's record changed: what anyone may see of it (see {@link RunSummary}). */
  record RunChanged(RunView run) implements ViewChange {
    @Override
    public String runId() {
      return run.runId();
    }
  }

  /**
   * What the dashboard counted while folding the run changed, its recipients or its dead letters,
   * and nothing else: news for exercise control only, as it tells of deliveries to others.
   */
  record RunTallied(RunView run) implements ViewChange {
    @Override
    public String runId() {
      return run.runId();
    }
  }

  /** A new entry went to the top of one recipient's inbox. */
  record DeliveryAdded(String runId, DeliveryView delivery) implements ViewChange {}

  /** The policy decided one of a team's requests: news for that team and exercise control. */
  record OutcomeAdded(String runId, RequestOutcome outcome) implements ViewChange {}

  /**
   * The run's scores or situation picture changed (see {@link RunTally}); told at most once a
   * second (see {@link TallySignal}). News for exercise control and evaluators only; it carries
   * nothing but the run, and the page refetches what it shows.
   */
  record Tallied(String runId) implements ViewChange {}
}
