package org.certex.dashboard.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.SchemaNormalization;
import org.certex.avro.Delivery;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.dashboard.views.DeliveryView;
import org.certex.dashboard.views.DeliveryView.Indicator;
import org.certex.schemas.Labels;

/**
 * Reads a delivery record's bytes straight into its inbox entry, for the records written with the
 * current {@code Delivery} schema: the same {@link DeliveryView} as {@link
 * ExerciseEventDecoder#view} of Avro's decoding, without the Avro objects in between, and skipping
 * the alert's fields no view shows (addressees, affected countries, campaign and the like). A run
 * of a million alerts holds some six million deliveries, and Avro's decoding was the largest part
 * of reading it back.
 *
 * <p>Anything else (another writer schema, bytes that do not parse, a delivery of another run) is
 * left to Avro: {@link #view} answers null and the caller decodes the record as before, so errors
 * are reported as they always were. {@code DeliveryBytesTest} checks the views against Avro's for
 * random deliveries, and pins the schemas' fields, in order, so that a change to them fails there.
 */
final class DeliveryBytes {

  /** The single-object header of the current schema: {@code C3 01}, then its fingerprint. */
  private static final long FINGERPRINT =
      SchemaNormalization.parsingFingerprint64(Delivery.getClassSchema());

  private static final int HEADER = 10;
  private static final RsitClass[] CLASSES = RsitClass.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final Tlp[] TLPS = Tlp.values();
  private static final Pap[] PAPS = Pap.values();
  private static final String[] CLASS_WORDS = classWords();
  private static final String[] TLP_LABELS = tlpLabels();

  private final byte[] bytes;
  private int at;

  private DeliveryBytes(byte[] bytes) {
    this.bytes = bytes;
    this.at = HEADER;
  }

  /** The inbox entry of a delivery of run {@code runId}, or null if Avro must read these bytes. */
  static DeliveryView view(byte[] value, String runId) {
    if (value == null || value.length < HEADER || !currentSchema(value)) {
      return null;
    }
    try {
      return new DeliveryBytes(value).delivery(runId);
    } catch (RuntimeException e) {
      return null; // Avro will say what is wrong with them
    }
  }

  private static boolean currentSchema(byte[] value) {
    if ((value[0] & 0xFF) != 0xC3 || value[1] != 0x01) {
      return false;
    }
    long fingerprint = 0;
    for (int i = 9; i >= 2; i--) {
      fingerprint = (fingerprint << 8) | (value[i] & 0xFF);
    }
    return fingerprint == FINGERPRINT;
  }

  private DeliveryView delivery(String runId) {
    String deliveryId = string();
    if (!runId.equals(string())) {
      return null;
    }
    String recipient = string();
    String reason = string();
    Instant deliveredAt = Instant.ofEpochMilli(readLong());
    Alert alert = alert();
    boolean redacted = bool();
    String sharedBy = union() ? string() : null;
    return new DeliveryView(
        deliveryId,
        alert.alertId,
        recipient,
        alert.sourceOrg,
        alert.sourceCountry,
        TLP_LABELS[alert.tlp.ordinal()],
        alert.pap.name(),
        alert.severity.name(),
        CLASS_WORDS[alert.rsitClass.ordinal()] + "/" + alert.rsitType,
        alert.sector,
        alert.text,
        alert.reportedAt,
        deliveredAt,
        reason,
        redacted,
        sharedBy,
        redacted ? List.of() : alert.indicators);
  }

  /** The fields of the nested alert that a view shows. */
  private static final class Alert {
    String alertId;
    String sourceOrg;
    String sourceCountry;
    Instant reportedAt;
    RsitClass rsitClass;
    String rsitType;
    Severity severity;
    Tlp tlp;
    Pap pap;
    String sector;
    List<Indicator> indicators;
    String text;
  }

  private Alert alert() {
    Alert alert = new Alert();
    alert.alertId = string();
    skipString(); // runId
    alert.sourceOrg = string();
    alert.sourceCountry = string();
    skipStrings(); // addressees
    readLong(); // detectedAt
    alert.reportedAt = Instant.ofEpochMilli(readLong());
    alert.rsitClass = CLASSES[readInt()];
    alert.rsitType = string();
    alert.severity = SEVERITIES[readInt()];
    alert.tlp = TLPS[readInt()];
    alert.pap = PAPS[readInt()];
    alert.sector = union() ? string() : null;
    readInt(); // nis2EntityType
    bool(); // significantIncident
    bool(); // crossBorder
    skipStrings(); // affectedCountries
    alert.indicators = indicators();
    if (union()) { // campaign
      skipString();
    }
    if (union()) { // derivedFrom
      skipString();
    }
    alert.text = string();
    return alert;
  }

  private List<Indicator> indicators() {
    List<Indicator> indicators = new ArrayList<>();
    for (long count = blockCount(); count != 0; count = blockCount()) {
      for (long i = 0; i < count; i++) {
        indicators.add(new Indicator(string(), string()));
      }
    }
    return indicators;
  }

  private void skipStrings() {
    for (long count = blockCount(); count != 0; count = blockCount()) {
      for (long i = 0; i < count; i++) {
        skipString();
      }
    }
  }

  /** An array block's item count; a negative count is followed by the block's size in bytes. */
  private long blockCount() {
    long count = readLong();
    if (count < 0) {
      readLong();
      return -count;
    }
    return count;
  }

  /** A {@code ["null", T]} union: whether the value is there. */
  private boolean union() {
    int branch = readInt();
    if (branch != 0 && branch != 1) {
      throw new IllegalArgumentException("union branch " + branch);
    }
    return branch == 1;
  }

  private boolean bool() {
    byte b = bytes[at++];
    if (b != 0 && b != 1) {
      throw new IllegalArgumentException("boolean " + b);
    }
    return b == 1;
  }

  private String string() {
    int length = length();
    String text = new String(bytes, at, length, StandardCharsets.UTF_8);
    at += length;
    return text;
  }

  private void skipString() {
    int length = length(); // before the addition: length() moves past the length itself
    at += length;
  }

  private int length() {
    long length = readLong();
    if (length < 0 || length > bytes.length - at) {
      throw new IllegalArgumentException("string of " + length + " bytes");
    }
    return (int) length;
  }

  private int readInt() {
    long value = readLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("int " + value);
    }
    return (int) value;
  }

  /** Avro's zig-zag variable-length long. */
  private long readLong() {
    long raw = 0;
    int shift = 0;
    while (true) {
      byte b = bytes[at++];
      raw |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return (raw >>> 1) ^ -(raw & 1);
      }
      shift += 7;
      if (shift > 63) {
        throw new IllegalArgumentException("long of more than ten bytes");
      }
    }
  }

  private static String[] classWords() {
    String[] words = new String[CLASSES.length];
    for (RsitClass rsit : CLASSES) {
      words[rsit.ordinal()] = rsit.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    return words;
  }

  private static String[] tlpLabels() {
    String[] labels = new String[TLPS.length];
    for (Tlp tlp : TLPS) {
      labels[tlp.ordinal()] = Labels.tlp(tlp);
    }
    return labels;
  }
}
