package org.certex.producers.msel;

import static org.certex.producers.msel.MselColumn.EXPECTATION_DESCRIPTION;
import static org.certex.producers.msel.MselColumn.EXPECTATION_ID;
import static org.certex.producers.msel.MselColumn.EXPECTED_ACTION;
import static org.certex.producers.msel.MselColumn.EXPECTED_BY;
import static org.certex.producers.msel.MselColumn.EXPECT_REFUSAL;
import static org.certex.producers.msel.MselColumn.ON_MISS;
import static org.certex.producers.msel.MselColumn.TARGETS;
import static org.certex.producers.msel.MselColumn.WITHIN;

import java.time.Duration;
import java.util.Optional;
import org.certex.producers.scenario.ActionNotation;
import org.certex.producers.scenario.Expectation;

/**
 * Reads the expectation of one row: who must do what within how long. A row whose expectation cells
 * are all empty has none (an inject without expected actions). An empty description is read as the
 * scenario loader reads a missing one: as empty text, and an empty {@code expect_refusal} as no.
 */
final class ExpectationColumns {

  private ExpectationColumns() {}

  /** The row's expectation; empty when it has none or when a cell is bad (reported). */
  static Optional<Expectation> read(MselRow row, MselProblems problems) {
    if (MselColumn.EXPECTATION.stream().allMatch(row::isBlank)) {
      return Optional.empty();
    }
    CellReader cells = new CellReader(row, problems);
    String id = cells.required(EXPECTATION_ID);
    String who = cells.required(EXPECTED_BY);
    ActionNotation.Parsed action = cells.requiredParsed(EXPECTED_ACTION, ActionNotation::parse);
    Duration within = cells.required(WITHIN) == null ? null : cells.duration(WITHIN, null);
    if (within != null && within.isZero()) {
      cells.report(WITHIN, "within: a deadline of 0s; give players time to act, e.g. 30m");
    }
    if (cells.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Expectation(
            id,
            who,
            action.action(),
            within,
            cells.list(TARGETS),
            cells.text(EXPECTATION_DESCRIPTION, ""),
            cells.text(ON_MISS),
            cells.yesNo(EXPECT_REFUSAL),
            action.detail()));
  }
}
