package org.certex.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * schema-history/} and add it to the index; {@code SchemaHistoryTest} checks the whole history
 * stays compatible both ways.
 *
 * <p>A record written by a newer certex carries a fingerprint this code was not built with: the
 * store then asks the cluster's {@link SchemaLog}s that the process {@linkplain #learnFrom learns
 * from} (each role's process opens one before its first record). What they teach is content
 * addressed (a fingerprint names one schema on every cluster), so it is true for every serde that
 * asks; it is forgotten when the log is closed.
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

  private static final SchemaStore.Cache BUILT_IN = buildStore();
  private static final List<SchemaLog> LOGS = new CopyOnWriteArrayList<>();
  private static final SchemaStore STORE = CertexSchemas::find;

  private CertexSchemas() {}

  /**
   * The shared store of writer schemas, keyed by their 64-bit fingerprint: those this code was
   * built with, then those the schema logs it learns from have published.
   */
  public static SchemaStore store() {
    return STORE;
  }

  /** Unknown fingerprints are looked up on this log too, until it is closed. */
  public static void learnFrom(SchemaLog log) {
    LOGS.add(log);
  }

  static void forget(SchemaLog log) {
    LOGS.remove(log);
  }

  private static Schema find(long fingerprint) {
    Schema schema = BUILT_IN.findByFingerprint(fingerprint);
    for (var logs = LOGS.iterator(); schema == null && logs.hasNext(); ) {
      schema = logs.next().find(fingerprint);
    }
    return schema;
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
