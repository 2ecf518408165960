package org.certex.streams.situation.incidents;

/**
 * When two alerts that share a key belong together: their scenario times (the instants they were
 * reported into the exercise, their record timestamps) lie at most {@code windowMillis} apart.
 *
 * <p>{@code graceMillis} is how late an alert may arrive, measured by how far the correlation's
 * stream time has passed it, and still be correlated exactly as if it had arrived in order: an
 * alert's sighting is kept for {@code windowMillis + graceMillis} of stream time after its own
 * scenario time, so every partner within the window is still there. An alert later than that is
 * still correlated with what remains, but is no longer guaranteed its links. {@link
 * IncidentSettings#GRACE} says how long it is.
 */
record CorrelationWindow(long windowMillis, long graceMillis) {

  CorrelationWindow {
    if (windowMillis <= 0) {
      throw new IllegalArgumentException(
          "the correlation window must be positive (milliseconds of scenario time), was "
              + windowMillis);
    }
    if (graceMillis < 0) {
      throw new IllegalArgumentException(
          "the correlation grace must not be negative, was " + graceMillis);
    }
  }

  boolean links(long at, long otherAt) {
    return Math.abs(at - otherAt) <= windowMillis;
  }

  /** The earliest scenario time an alert at {@code at} links to (never below the epoch). */
  long earliestPartner(long at) {
    return Math.max(0, at - windowMillis);
  }

  /** The latest scenario time an alert at {@code at} links to. */
  long latestPartner(long at) {
    return at > Long.MAX_VALUE - windowMillis ? Long.MAX_VALUE : at + windowMillis;
  }

  /** The start of the span of one window, aligned to the epoch, that holds {@code at}. */
  long spanOf(long at) {
    return at - Math.floorMod(at, windowMillis);
  }

  /** How long a sighting must be kept after its own scenario time. */
  long retentionMillis() {
    return windowMillis + graceMillis;
  }
}
