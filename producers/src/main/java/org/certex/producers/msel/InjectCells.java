package org.certex.producers.msel;

import static org.certex.producers.msel.MselColumn.AFFECTED_COUNTRIES;
import static org.certex.producers.msel.MselColumn.BRANCHES;
import static org.certex.producers.msel.MselColumn.CAMPAIGN;
import static org.certex.producers.msel.MselColumn.CONTENT;
import static org.certex.producers.msel.MselColumn.CONTINGENCY;
import static org.certex.producers.msel.MselColumn.CONTROLLER;
import static org.certex.producers.msel.MselColumn.CROSS_BORDER;
import static org.certex.producers.msel.MselColumn.DERIVED_FROM;
import static org.certex.producers.msel.MselColumn.DETECTED_BEFORE;
import static org.certex.producers.msel.MselColumn.EXPECTATION_DESCRIPTION;
import static org.certex.producers.msel.MselColumn.EXPECTATION_ID;
import static org.certex.producers.msel.MselColumn.EXPECTED_ACTION;
import static org.certex.producers.msel.MselColumn.EXPECTED_BY;
import static org.certex.producers.msel.MselColumn.EXPECT_REFUSAL;
import static org.certex.producers.msel.MselColumn.INDICATORS;
import static org.certex.producers.msel.MselColumn.INJECT_ID;
import static org.certex.producers.msel.MselColumn.KIND;
import static org.certex.producers.msel.MselColumn.NIS2;
import static org.certex.producers.msel.MselColumn.OBJECTIVE;
import static org.certex.producers.msel.MselColumn.ON_MISS;
import static org.certex.producers.msel.MselColumn.PAP;
import static org.certex.producers.msel.MselColumn.RSIT;
import static org.certex.producers.msel.MselColumn.SECTOR;
import static org.certex.producers.msel.MselColumn.SENDER;
import static org.certex.producers.msel.MselColumn.SEVERITY;
import static org.certex.producers.msel.MselColumn.SIGNIFICANT;
import static org.certex.producers.msel.MselColumn.SUBJECT;
import static org.certex.producers.msel.MselColumn.TARGETS;
import static org.certex.producers.msel.MselColumn.TIME;
import static org.certex.producers.msel.MselColumn.TLP;
import static org.certex.producers.msel.MselColumn.TO;
import static org.certex.producers.msel.MselColumn.WITHIN;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * The cells an inject fills in the MSEL spreadsheet: its own columns, and those of each
 * expectation. Values that are not set stay empty.
 */
final class InjectCells {

  private InjectCells() {}

  /** The inject columns; the branches are included, the caller writes them on the first row. */
  static Map<MselColumn, String> of(Inject inject) {
    Map<MselColumn, String> cells = new EnumMap<>(MselColumn.class);
    cells.put(INJECT_ID, text(inject.id()));
    cells.put(TIME, duration(inject.at()));
    cells.put(SENDER, text(inject.from()));
    cells.put(OBJECTIVE, text(inject.objective()));
    cells.put(CONTROLLER, text(inject.controller()));
    cells.put(CONTINGENCY, MselTerms.yesNo(inject.contingency()));
    cells.put(BRANCHES, CellNotation.branches(inject.branches()));
    if (inject.isAlert()) {
      putAlert(cells, inject.alert());
    } else {
      putMessage(cells, inject.message());
    }
    return cells;
  }

  static Map<MselColumn, String> of(Expectation expectation) {
    Map<MselColumn, String> cells = new EnumMap<>(MselColumn.class);
    cells.put(EXPECTATION_ID, text(expectation.id()));
    cells.put(EXPECTED_BY, text(expectation.who()));
    cells.put(EXPECTED_ACTION, expectation.actionText());
    cells.put(WITHIN, duration(expectation.within()));
    cells.put(TARGETS, SemicolonList.join(expectation.targets()));
    cells.put(EXPECTATION_DESCRIPTION, text(expectation.description()));
    cells.put(ON_MISS, text(expectation.contingency()));
    cells.put(EXPECT_REFUSAL, MselTerms.yesNo(expectation.expectRefusal()));
    return cells;
  }

  private static void putMessage(Map<MselColumn, String> cells, InjectMessage message) {
    cells.put(KIND, MselTerms.MESSAGE_KIND.word(message.kind()));
    cells.put(TO, SemicolonList.join(message.to()));
    cells.put(SUBJECT, text(message.subject()));
    cells.put(CONTENT, text(message.body()));
  }

  private static void putAlert(Map<MselColumn, String> cells, ScheduledAlert alert) {
    cells.put(KIND, MselTerms.ALERT);
    cells.put(TO, SemicolonList.join(alert.to()));
    cells.put(CONTENT, text(alert.text()));
    cells.put(TLP, MselTerms.TLP.word(alert.tlp()));
    cells.put(PAP, MselTerms.PAP.word(alert.pap()));
    cells.put(RSIT, CellNotation.rsit(alert.rsitClass(), alert.rsitType()));
    cells.put(SEVERITY, MselTerms.SEVERITY.word(alert.severity()));
    cells.put(SECTOR, text(alert.sector()));
    cells.put(NIS2, MselTerms.NIS2.word(alert.nis2EntityType()));
    cells.put(SIGNIFICANT, MselTerms.yesNo(alert.significant()));
    cells.put(CROSS_BORDER, MselTerms.yesNo(alert.crossBorder()));
    cells.put(AFFECTED_COUNTRIES, SemicolonList.join(alert.affectedCountries()));
    cells.put(INDICATORS, CellNotation.indicators(alert.indicators()));
    cells.put(CAMPAIGN, text(alert.campaign()));
    cells.put(DERIVED_FROM, text(alert.derivedFrom()));
    cells.put(DETECTED_BEFORE, duration(alert.detectedBefore()));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String duration(Duration value) {
    return value == null ? "" : CompactDuration.format(value);
  }
}
