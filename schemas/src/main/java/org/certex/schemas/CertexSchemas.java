package org.certex.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;
import org.certex.avro.AlertSharingState;
import org.certex.avro.AttributionRecord;
import org.certex.avro.AttributionSubjectState;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentCorrelation;
import org.certex.avro.IncidentDeclaration;
import org.certex.avro.InjectFired;
import org.certex.avro.ReportingClock;
import org.certex.avro.SharingDecision;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.TraineeAction;

/**
 * Every schema version certex has ever written, so a reader can decode a record written by an older
 * (or newer) writer: the current schemas of the generated classes plus the historic versions kept
 * as resources under {@code schema-history/} and listed in its {@code index.txt}.
 *
 * <p>When a schema changes, copy the old {@code .avsc} (fully self-contained) into {@code
 * schema-history/} and add it to the index; {@code AvroSerdeTest} checks each historic version
 * stays compatible with the current one.
 */
public final class CertexSchemas {

  static final String HISTORY_INDEX = "/schema-history/index.txt";

  private static final List<Schema> CURRENT =
      List.of(
          IncidentAlert.getClassSchema(),
          TraineeAction.getClassSchema(),
          ExerciseControl.getClassSchema(),
          SharingDecision.getClassSchema(),
          Delivery.getClassSchema(),
          ExerciseRun.getClassSchema(),
          InjectFired.getClassSchema(),
          ExpectationOutcome.getClassSchema(),
          AlertSharingState.getClassSchema(),
          ReportingClock.getClassSchema(),
          Incident.getClassSchema(),
          AttributionRecord.getClassSchema(),
          AttributionSubjectState.getClassSchema(),
          ToolboxProposalState.getClassSchema(),
          CorrelatedAlert.getClassSchema(),
          IncidentCorrelation.getClassSchema(),
          IncidentDeclaration.getClassSchema());

  private static final SchemaStore.Cache STORE = buildStore();

  private CertexSchemas() {}

  /** The shared store of all known writer schemas, keyed by their 64-bit fingerprint. */
  public static SchemaStore store() {
    return STORE;
  }

  public static List<Schema> current() {
    return CURRENT;
  }

  /** Historic schema versions listed in the history index (may be empty). */
  public static List<Schema> history() {
    try (InputStream index = CertexSchemas.class.getResourceAsStream(HISTORY_INDEX)) {
      if (index == null) {
        return List.of();
      }
      return new String(index.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(CertexSchemas::parseResource)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema parseResource(String name) {
    try (InputStream in = CertexSchemas.class.getResourceAsStream("/schema-history/" + name)) {
      if (in == null) {
        throw new IllegalStateException("schema-history/index.txt names a missing file: " + name);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SchemaStore.Cache buildStore() {
    SchemaStore.Cache cache = new SchemaStore.Cache();
    CURRENT.forEach(cache::addSchema);
    history().forEach(cache::addSchema);
    return cache;
  }
}
