package org.certex.producers.msel;

import static org.certex.producers.msel.MselColumn.AFFECTED_COUNTRIES;
import static org.certex.producers.msel.MselColumn.CAMPAIGN;
import static org.certex.producers.msel.MselColumn.CONTENT;
import static org.certex.producers.msel.MselColumn.CROSS_BORDER;
import static org.certex.producers.msel.MselColumn.DERIVED_FROM;
import static org.certex.producers.msel.MselColumn.DETECTED_BEFORE;
import static org.certex.producers.msel.MselColumn.INDICATORS;
import static org.certex.producers.msel.MselColumn.NIS2;
import static org.certex.producers.msel.MselColumn.PAP;
import static org.certex.producers.msel.MselColumn.RSIT;
import static org.certex.producers.msel.MselColumn.SECTOR;
import static org.certex.producers.msel.MselColumn.SEVERITY;
import static org.certex.producers.msel.MselColumn.SIGNIFICANT;
import static org.certex.producers.msel.MselColumn.TLP;

import java.time.Duration;
import java.util.List;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.ScheduledAlert;

/**
 * Reads the alert of an alert inject from its row. Like an inject's {@code alert:} in a scenario
 * file, the alert takes its id, offset and sender from the inject; empty optional cells get the
 * scenario file's defaults (PAP:CLEAR, not in NIS2 scope, not significant, detected at
 * publication).
 */
final class AlertColumns {

  private AlertColumns() {}

  static ScheduledAlert read(CellReader cells, String id, Duration at, String from) {
    List<String> to = InjectReader.addressees(cells);
    Tlp tlp = cells.requiredParsed(TLP, MselTerms.TLP::parse);
    CellNotation.Rsit rsit = cells.requiredParsed(RSIT, CellNotation::rsit);
    Severity severity = cells.requiredParsed(SEVERITY, MselTerms.SEVERITY::parse);
    return new ScheduledAlert(
        id,
        at,
        cells.duration(DETECTED_BEFORE, Duration.ZERO),
        from,
        to,
        tlp,
        cells.parsed(PAP, MselTerms.PAP::parse, Pap.CLEAR),
        rsit == null ? null : rsit.rsitClass(),
        rsit == null ? null : rsit.type(),
        severity,
        cells.text(SECTOR),
        cells.parsed(NIS2, MselTerms.NIS2::parse, Nis2EntityType.NOT_IN_SCOPE),
        cells.yesNo(SIGNIFICANT),
        cells.yesNo(CROSS_BORDER),
        cells.list(AFFECTED_COUNTRIES),
        cells.parsed(INDICATORS, CellNotation::indicators, List.of()),
        cells.text(CAMPAIGN),
        cells.text(DERIVED_FROM),
        cells.text(CONTENT, ""));
  }
}
