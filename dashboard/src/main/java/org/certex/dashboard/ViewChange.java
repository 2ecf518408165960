package org.certex.dashboard;

/** What folding one event changed, so the live page can be told (see {@link LiveStreams}). */
sealed interface ViewChange {

  String runId();

  /** The run's own view changed: its record, its recipients or its dead-letter count. */
  record RunChanged(RunView run) implements ViewChange {
    @Override
    public String runId() {
      return run.runId();
    }
  }

  /** A new entry went to the top of one recipient's inbox. */
  record DeliveryAdded(String runId, DeliveryView delivery) implements ViewChange {}
}
