package org.certex.producers.msel;

import static org.certex.producers.msel.MselColumn.BRANCHES;
import static org.certex.producers.msel.MselColumn.CONTENT;
import static org.certex.producers.msel.MselColumn.CONTINGENCY;
import static org.certex.producers.msel.MselColumn.CONTROLLER;
import static org.certex.producers.msel.MselColumn.KIND;
import static org.certex.producers.msel.MselColumn.OBJECTIVE;
import static org.certex.producers.msel.MselColumn.SENDER;
import static org.certex.producers.msel.MselColumn.SUBJECT;
import static org.certex.producers.msel.MselColumn.TIME;
import static org.certex.producers.msel.MselColumn.TO;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certex.producers.scenario.ActionNotation;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * Reads one inject from its rows. The first row holds the inject's values; later rows must repeat
 * them or leave them empty, and each row may add an expectation. A contingency inject may leave its
 * time empty, since it fires only when something triggers it; like the scenario loader, it then
 * gets offset 0.
 */
final class InjectReader {

  private final MselProblems problems;

  InjectReader(MselProblems problems) {
    this.problems = problems;
  }

  /** The inject, or empty if one of its cells is missing or bad (every problem is reported). */
  Optional<Inject> read(List<MselRow> rows) {
    MselRow first = rows.get(0);
    rows.subList(1, rows.size()).forEach(row -> agree(first, row));
    CellReader cells = new CellReader(first, problems);
    boolean contingency = cells.yesNo(CONTINGENCY);
    Duration at = contingency ? cells.duration(TIME, Duration.ZERO) : time(cells);
    String from = cells.required(SENDER);
    Published published = published(first, cells, at, from);
    List<Branch> branches = cells.parsed(BRANCHES, CellNotation::branches, List.of());
    List<Expectation> expectations = expectations(rows);
    if (cells.failed() || expectations.size() < expectationRows(rows)) {
      return Optional.empty();
    }
    return Optional.of(
        new Inject(
            first.injectId(),
            at,
            from,
            published.alert(),
            published.message(),
            cells.text(OBJECTIVE),
            cells.text(CONTROLLER),
            contingency,
            expectations,
            branches));
  }

  /** What the inject publishes: an alert or a message, or neither when its kind is unreadable. */
  private record Published(ScheduledAlert alert, InjectMessage message) {}

  private Published published(MselRow row, CellReader cells, Duration at, String from) {
    String kind = cells.requiredParsed(KIND, MselTerms::kind);
    if (MselTerms.ALERT.equals(kind)) {
      rejectOutside(row, List.of(SUBJECT), "a message; put an alert's words in content");
      return new Published(AlertColumns.read(cells, row.injectId(), at, from), null);
    }
    if (kind == null) {
      return new Published(null, null);
    }
    rejectOutside(row, MselColumn.ALERT_ONLY, "an alert; this inject's kind is " + kind);
    return new Published(null, message(cells, kind));
  }

  /** At least one addressee. */
  static List<String> addressees(CellReader cells) {
    if (cells.required(TO) == null) {
      return List.of();
    }
    List<String> addressees = cells.list(TO);
    if (addressees.isEmpty()) {
      cells.report(TO, "no addressees in to");
    }
    return addressees;
  }

  private static Duration time(CellReader cells) {
    return cells.required(TIME) == null ? null : cells.duration(TIME, null);
  }

  private static InjectMessage message(CellReader cells, String kind) {
    InjectMessage.Kind messageKind = MselTerms.MESSAGE_KIND.parse(kind);
    if (messageKind == InjectMessage.Kind.ACTION) {
      cells.requiredParsed(SUBJECT, ActionNotation::parse);
    }
    return new InjectMessage(
        messageKind, addressees(cells), cells.required(SUBJECT), cells.text(CONTENT, ""));
  }

  private List<Expectation> expectations(List<MselRow> rows) {
    List<Expectation> expectations = new ArrayList<>();
    for (MselRow row : rows) {
      ExpectationColumns.read(row, problems).ifPresent(expectations::add);
    }
    return expectations;
  }

  private static long expectationRows(List<MselRow> rows) {
    return rows.stream()
        .filter(row -> !MselColumn.EXPECTATION.stream().allMatch(row::isBlank))
        .count();
  }

  /** A later row repeats the inject's values or leaves them empty. */
  private void agree(MselRow first, MselRow row) {
    for (MselColumn column : MselColumn.values()) {
      if (column.isInjectColumn() && !row.isBlank(column)) {
        String expected = first.cell(column);
        if (!row.cell(column).equals(expected)) {
          problems.report(
              row.line(),
              row.number(column),
              "inject "
                  + first.injectId()
                  + " has "
                  + column.header()
                  + (expected.isEmpty() ? " empty" : " '" + abridged(expected) + "'")
                  + " on line "
                  + first.line()
                  + "; repeat that or leave the cell empty");
        }
      }
    }
  }

  private static String abridged(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 40 || !line.equals(text)
        ? line.substring(0, Math.min(40, line.length())) + "..."
        : text;
  }

  private void rejectOutside(MselRow row, Iterable<MselColumn> columns, String whose) {
    for (MselColumn column : columns) {
      if (!row.isBlank(column)) {
        problems.report(row.line(), row.number(column), column.header() + " is only for " + whose);
      }
    }
  }
}
