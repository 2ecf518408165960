package org.certex.producers.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.schemas.RecordLimits;

/**
 * Reads an alert into a {@link ScheduledAlert}, checking its labels, its place in the exercise's
 * time span and its references to participants and to earlier alerts. Serves both an item of {@code
 * alerts:}, which names its own id, offset and sender, and an inject's {@code alert:}, which takes
 * them from the inject. Every part is read even when another is wrong, so that all problems are
 * logged.
 */
final class AlertReader {

  /** Where an alert comes from; the keys an inject gives for its alert. */
  static final List<String> ORIGIN_KEYS = List.of("id", "at", "from");

  static final List<String> KEYS =
      List.of(
          "id",
          "at",
          "detected-before",
          "from",
          "to",
          "tlp",
          "pap",
          "rsit",
          "severity",
          "sector",
          "nis2",
          "significant",
          "cross-border",
          "affected-countries",
          "indicators",
          "campaign",
          "derived-from",
          "text");

  /** The keys of an inject's {@code alert:}: those of an alert but its origin. */
  static final List<String> INJECTED_KEYS =
      KEYS.stream().filter(key -> !ORIGIN_KEYS.contains(key)).toList();

  static final Vocabulary<Severity> SEVERITIES = Vocabulary.ofEnum("severity", Severity.class);

  /**
   * An alert's id, offset and sender; a component is {@code null} when it could not be read (the
   * problem is logged).
   */
  record Origin(String id, Duration at, String from) {

    boolean complete() {
      return id != null && at != null && from != null;
    }
  }

  private final ParticipantRoster roster;
  private final AlertTimeline timeline;
  private final AlertTiming timing;
  private final RecordCheck records;

  AlertReader(
      ParticipantRoster roster, AlertTimeline timeline, AlertTiming timing, RecordCheck records) {
    this.roster = roster;
    this.timeline = timeline;
    this.timing = timing;
    this.records = records;
  }

  /** An item of {@code alerts:}, or empty if a required part is missing or wrong (logged). */
  Optional<ScheduledAlert> read(YamlMapping alert, int position) {
    return read(alert, origin(alert, true), position);
  }

  /**
   * The id, offset ({@code at}) and sender ({@code from}) of an alert or an inject.
   *
   * @param timed whether {@code at} is required; an offset given is checked either way, and a
   *     missing one is 0
   */
  Origin origin(YamlMapping item, boolean timed) {
    Optional<Duration> at =
        timed || item.optional("at").isPresent()
            ? item.required("at", timing::publication)
            : Optional.of(Duration.ZERO);
    return new Origin(
        item.requiredText("id", RecordLimits.ID_CHARS).orElse(null),
        at.orElse(null),
        item.required("from", roster::participant).orElse(null));
  }

  /**
   * An alert whose origin was read elsewhere, e.g. an inject's {@code alert:}.
   *
   * @param position its place in the {@link AlertTimeline}
   */
  Optional<ScheduledAlert> read(YamlMapping alert, Origin origin, int position) {
    Optional<List<String>> to = ReferenceList.addressees(alert, roster);
    Optional<Tlp> tlp = alert.required("tlp", SharingLabels::tlp);
    Optional<RsitLabel> rsit = alert.required("rsit", RsitLabel::parse);
    Optional<Severity> severity = alert.required("severity", SEVERITIES::parse);
    AlertParticulars more = AlertParticulars.read(alert, timeline, position);
    if (!origin.complete() || Stream.of(to, tlp, rsit, severity).anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    ScheduledAlert scheduled =
        more.complete(origin, to.get(), tlp.get(), rsit.get(), severity.get());
    records.alert(scheduled, alert);
    return Optional.of(scheduled);
  }
}
