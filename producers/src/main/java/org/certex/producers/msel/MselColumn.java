package org.certex.producers.msel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of the MSEL spreadsheet, in the order export writes them. A row is one expectation of
 * an inject (or the inject alone when it has none): the inject columns repeat on each of its rows,
 * the expectation columns describe that row's expectation, and the branches are written on the
 * inject's first row.
 */
enum MselColumn {
  INJECT_ID,
  TIME,
  SENDER,
  KIND,
  TO,
  SUBJECT,
  CONTENT,
  TLP,
  PAP,
  RSIT,
  SEVERITY,
  SECTOR,
  NIS2,
  SIGNIFICANT,
  CROSS_BORDER,
  AFFECTED_COUNTRIES,
  INDICATORS,
  CAMPAIGN,
  DERIVED_FROM,
  DETECTED_BEFORE,
  OBJECTIVE,
  CONTROLLER,
  CONTINGENCY,
  EXPECTATION_ID,
  EXPECTED_BY,
  EXPECTED_ACTION,
  WITHIN,
  TARGETS,
  EXPECTATION_DESCRIPTION,
  ON_MISS,
  EXPECT_REFUSAL,
  BRANCHES;

  /** Without these a row cannot be placed on the timeline. */
  static final Set<MselColumn> REQUIRED = EnumSet.of(INJECT_ID, TIME, SENDER, KIND);

  /** What only an alert carries; a message row leaves them empty. */
  static final Set<MselColumn> ALERT_ONLY = EnumSet.range(TLP, DETECTED_BEFORE);

  /** What describes one expectation; every other column belongs to the inject. */
  static final Set<MselColumn> EXPECTATION = EnumSet.range(EXPECTATION_ID, EXPECT_REFUSAL);

  /** Prose, read exactly as typed; every other cell is read without surrounding spaces. */
  private static final Set<MselColumn> PROSE =
      EnumSet.of(SUBJECT, CONTENT, OBJECTIVE, CONTROLLER, EXPECTATION_DESCRIPTION);

  String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean isProse() {
    return PROSE.contains(this);
  }

  boolean isInjectColumn() {
    return !EXPECTATION.contains(this);
  }

  static String headers() {
    return String.join(
        ", ", EnumSet.allOf(MselColumn.class).stream().map(MselColumn::header).toList());
  }
}
