package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;

/**
 * One inject of the MSEL as the engine plays it, for exercise control's table: as planned, whether
 * it fired (when, why, which alert it published) and how its expectations stand.
 *
 * @param offset ISO-8601 duration from the scenario start ({@code PT1M}); null off the timeline
 * @param placement TIMELINE, CONTINGENCY, BRANCH, or MANUAL for a manual inject of exercise control
 * @param state PENDING or FIRED
 */
public record MselRow(
    String injectId,
    String offset,
    String placement,
    String sender,
    String kind,
    List<String> recipients,
    String summary,
    String objective,
    String controller,
    String state,
    Instant firedAt,
    String cause,
    String alertId,
    List<Expectation> expectations) {

  static final String PENDING = "PENDING";
  static final String FIRED = "FIRED";

  public MselRow {
    recipients = List.copyOf(recipients);
    expectations = List.copyOf(expectations);
  }

  /** A planned inject's row; {@code fired} null while it is pending. */
  static MselRow of(PlannedInjectView inject, FiredInjectView fired, List<Expectation> rows) {
    boolean pending = fired == null;
    return new MselRow(
        inject.injectId(),
        inject.offset() == null ? null : inject.offset().toString(),
        inject.placement(),
        inject.sender(),
        inject.kind(),
        inject.recipients(),
        inject.summary(),
        inject.objective(),
        inject.controller(),
        pending ? PENDING : FIRED,
        pending ? null : fired.at(),
        pending ? null : fired.cause(),
        pending ? null : fired.alertId(),
        rows);
  }

  /** The row of an inject that fired without being planned: a manual inject. */
  static MselRow manual(FiredInjectView fired) {
    return new MselRow(
        fired.injectId(),
        null,
        MselBoard.MANUAL,
        fired.sender(),
        fired.kind(),
        fired.recipients(),
        fired.subject(),
        "",
        "",
        FIRED,
        fired.at(),
        fired.cause(),
        fired.alertId(),
        List.of());
  }

  /**
   * An expectation of the inject and how it stands.
   *
   * @param within ISO-8601 duration from the inject's firing
   * @param state NOT_OPEN (the inject has not fired), OPEN, MET, LATE or MISSED
   * @param deadline null while NOT_OPEN
   */
  record Expectation(
      String expectationId,
      String who,
      String action,
      String within,
      List<String> targets,
      String description,
      String contingency,
      String state,
      Instant deadline,
      Instant settledAt,
      String actionId) {

    Expectation {
      targets = List.copyOf(targets);
    }
  }
}
