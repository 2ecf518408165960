package org.certex.streams.run;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.certex.avro.ActionType;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RecordLimits;

/**
 * Good and malformed records of one run's alerts and actions topics, drawn from a seeded {@link
 * Random} so that a failing fuzz run can be replayed from the seed it printed. Each malformed
 * record is one of the {@link Kind kinds} the issue lists; its key is unique where it has one, and
 * the test finds its dead letter by source topic, partition and offset.
 */
final class MalformedRecords {

  static final Instant T0 = Instant.parse("2021-12-07T08:00:00Z");
  static final List<String> PARTICIPANTS = List.of("CERT-RS", "EPS", "HU-CSIRT", "OHIO-NG");

  /** What is wrong with a record. */
  enum Kind {
    RANDOM_BYTES,
    TRUNCATED_AVRO,
    UNKNOWN_FINGERPRINT,
    IMPOSSIBLE_VALUES,
    OVERSIZED_FIELD,
    FAR_FUTURE,
    NULL_VALUE,
    NULL_KEY,
    WRONG_RUN
  }

  /** A record to send: key and value may be null; {@code timestamp} is scenario time. */
  record Raw(byte[] key, byte[] value, long timestamp) {}

  private static final AvroSerde<IncidentAlert> ALERTS = AvroSerde.of(IncidentAlert.class);
  private static final AvroSerde<TraineeAction> ACTIONS = AvroSerde.of(TraineeAction.class);

  private final String runId;
  private final Random random;

  MalformedRecords(String runId, Random random) {
    this.runId = runId;
    this.random = random;
  }

  IncidentAlert goodAlert(String id) {
    List<String> others = PARTICIPANTS.stream().filter(p -> !p.equals("EPS")).toList();
    return IncidentAlert.newBuilder()
        .setAlertId(id)
        .setRunId(runId)
        .setSourceOrg("EPS")
        .setSourceCountry("RS")
        .setAddressees(List.of(others.get(random.nextInt(others.size()))))
        .setDetectedAt(T0)
        .setReportedAt(T0.plusSeconds(random.nextInt(600)))
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.values()[random.nextInt(Severity.values().length)])
        .setTlp(Tlp.values()[random.nextInt(Tlp.values().length)])
        .setPap(Pap.values()[random.nextInt(Pap.values().length)])
        .setSignificantIncident(random.nextBoolean())
        .setCrossBorder(false)
        .setIndicators(List.of(new Indicator("ipv4-addr", "203.0.113." + random.nextInt(256))))
        .setText("fuzz " + id)
        .build();
  }

  TraineeAction goodShare(String actionId, String alertId) {
    return TraineeAction.newBuilder()
        .setActionId(actionId)
        .setRunId(runId)
        .setActor("CERT-RS")
        .setType(ActionType.SHARE)
        .setAlertId(alertId)
        .setTargets(List.of("HU-CSIRT"))
        .setAt(T0.plusSeconds(900))
        .setNote("fuzz")
        .build();
  }

  Raw badAlert(Kind kind, String key) {
    IncidentAlert good = goodAlert(key);
    return switch (kind) {
      case RANDOM_BYTES -> raw(key, randomBytes());
      case TRUNCATED_AVRO -> raw(key, truncated(ALERTS.encodeUnbounded(good)));
      case UNKNOWN_FINGERPRINT -> raw(key, refingerprinted(ALERTS.encodeUnbounded(good)));
      case IMPOSSIBLE_VALUES -> raw(key, ALERTS.encodeUnbounded(impossible(good)));
      case OVERSIZED_FIELD -> raw(key, ALERTS.encodeUnbounded(oversized(good)));
      case FAR_FUTURE -> farFuture(key, ALERTS.encodeUnbounded(farFuture(good)));
      case NULL_VALUE -> raw(key, null);
      case NULL_KEY -> new Raw(null, ALERTS.encodeUnbounded(good), T0.toEpochMilli());
      case WRONG_RUN -> raw(key, ALERTS.encodeUnbounded(withRun(good, "another-run")));
    };
  }

  Raw badAction(Kind kind, String key) {
    TraineeAction good = goodShare("act-" + key, key);
    return switch (kind) {
      case RANDOM_BYTES -> raw(key, randomBytes());
      case TRUNCATED_AVRO -> raw(key, truncated(ACTIONS.encodeUnbounded(good)));
      case UNKNOWN_FINGERPRINT -> raw(key, refingerprinted(ACTIONS.encodeUnbounded(good)));
      case IMPOSSIBLE_VALUES -> raw(key, ACTIONS.encodeUnbounded(impossible(good)));
      case OVERSIZED_FIELD ->
          raw(
              key,
              ACTIONS.encodeUnbounded(
                  TraineeAction.newBuilder(good)
                      .setNote("n".repeat(RecordLimits.NOTE_CHARS + 1 + random.nextInt(5_000)))
                      .build()));
      case FAR_FUTURE ->
          farFuture(
              key,
              ACTIONS.encodeUnbounded(
                  TraineeAction.newBuilder(good)
                      .setAt(Instant.parse("9999-12-31T00:00:00Z"))
                      .build()));
      case NULL_VALUE -> raw(key, null);
      case NULL_KEY -> new Raw(null, ACTIONS.encodeUnbounded(good), T0.toEpochMilli());
      case WRONG_RUN ->
          raw(key, ACTIONS.encodeUnbounded(TraineeAction.newBuilder(good).setRunId("x").build()));
    };
  }

  private IncidentAlert impossible(IncidentAlert good) {
    IncidentAlert.Builder alert = IncidentAlert.newBuilder(good);
    switch (random.nextInt(5)) {
      case 0 -> alert.setReportedAt(good.getDetectedAt().minusSeconds(1 + random.nextInt(9_999)));
      case 1 -> alert.setSourceOrg("NOBODY-" + random.nextInt(1_000));
      case 2 -> alert.setAddressees(List.of("CERT-RS", "GHOST-" + random.nextInt(1_000)));
      case 3 -> alert.setCrossBorder(true).setAffectedCountries(List.of());
      default -> alert.setAlertId(" ");
    }
    return alert.build();
  }

  private TraineeAction impossible(TraineeAction good) {
    TraineeAction.Builder action = TraineeAction.newBuilder(good);
    switch (random.nextInt(4)) {
      case 0 -> action.setTargets(List.of());
      case 1 -> action.setActor("NOBODY-" + random.nextInt(1_000));
      case 2 -> action.setAlertId(good.getAlertId() + "-other-key");
      default -> action.setAlertId("never-seen-" + random.nextInt(1_000_000));
    }
    return action.build();
  }

  private IncidentAlert oversized(IncidentAlert good) {
    IncidentAlert.Builder alert = IncidentAlert.newBuilder(good);
    switch (random.nextInt(3)) {
      case 0 -> alert.setText("t".repeat(RecordLimits.TEXT_CHARS + 1 + random.nextInt(20_000)));
      case 1 -> alert.setRsitType("r".repeat(RecordLimits.SHORT_TEXT_CHARS + 1));
      default ->
          alert.setIndicators(
              java.util.Collections.nCopies(
                  RecordLimits.INDICATORS + 1, new Indicator("domain-name", "example.org")));
    }
    return alert.build();
  }

  /** An alert detected and reported in the year 9999, past any exercise. */
  private static IncidentAlert farFuture(IncidentAlert good) {
    Instant far = Instant.parse("9999-12-31T00:00:00Z");
    return IncidentAlert.newBuilder(good).setDetectedAt(far).setReportedAt(far).build();
  }

  private static IncidentAlert withRun(IncidentAlert good, String other) {
    return IncidentAlert.newBuilder(good).setRunId(other).build();
  }

  private Raw farFuture(String key, byte[] value) {
    return new Raw(utf8(key), value, Instant.parse("9999-12-31T00:00:00Z").toEpochMilli());
  }

  private Raw raw(String key, byte[] value) {
    return new Raw(utf8(key), value, T0.toEpochMilli());
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[1 + random.nextInt(300)];
    random.nextBytes(bytes);
    return bytes;
  }

  private byte[] truncated(byte[] whole) {
    return Arrays.copyOf(whole, 1 + random.nextInt(whole.length - 1));
  }

  private byte[] refingerprinted(byte[] whole) {
    byte[] copy = whole.clone();
    for (int i = 2; i < 10; i++) {
      copy[i] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
