package org.certex.streams.situation.clocks;

import org.certex.avro.Nis2Report;

/**
 * The keys of the clocks' two stores. A clock is kept under its incident id and report; the
 * deadline index keeps each clock that time still changes under the instant it changes next, so a
 * tick reads only what is due, in instant order, never every clock.
 *
 * <p>An instant is written as 16 hex digits of its value with the sign bit flipped, so that the
 * stores' byte order is the instants' order (negative instants included). The parts are joined by
 * the unit separator (U+001F); as a report's name never holds one, a key splits one way only,
 * whatever characters an incident id holds.
 */
final class ClockKeys {

  static final char SEPARATOR = '\u001f';

  private ClockKeys() {}

  /** The key of an incident's clock of one report. */
  static String clock(String incidentId, Nis2Report report) {
    return incidentId + SEPARATOR + report.name();
  }

  /** Whether a clock key is an incident's early-warning clock (one per incident). */
  static boolean isEarlyWarning(String clockKey) {
    return clockKey.endsWith(SEPARATOR + Nis2Report.EARLY_WARNING.name());
  }

  /** The key of a clock in the deadline index: the instant it changes next first. */
  static String due(long instant, String clockKey) {
    return instant(instant) + SEPARATOR + clockKey;
  }

  /** The lowest index key of any instant after {@code instant}: the end of a scan up to it. */
  static String dueAfter(long instant) {
    return instant == Long.MAX_VALUE ? "g" : instant(instant + 1);
  }

  /** The lowest index key of all. */
  static String dueFirst() {
    return instant(Long.MIN_VALUE);
  }

  private static String instant(long instant) {
    String hex = Long.toHexString(instant ^ Long.MIN_VALUE);
    return "0".repeat(16 - hex.length()) + hex;
  }
}
