package org.certex.schemas;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.TraineeAction;

/**
 * The size limit of every field of the records that enter a run (alerts, actions), and the one
 * ceiling every record certex writes stays under. Each place where records enter (the scenario
 * loader, the dashboard's endpoints, the pipeline's alert and request checks) checks against these
 * numbers, so a record that one of them accepts is accepted by all, and whatever the pipeline
 * derives from an accepted record (its state, its decision, its deliveries, its dead letter) fits
 * what the producer and the broker take ({@code RecordLimitsTest} builds the largest ones).
 *
 * <p>Lengths are in characters ({@link String#length()}); sizes are encoded bytes.
 */
public final class RecordLimits {

  /**
   * What any record value certex writes may take: below the producer's default {@code
   * max.request.size} (1,048,576) and the broker's default {@code message.max.bytes} (1,048,588),
   * with room for the key and headers.
   */
  public static final int RECORD_BYTES = 1_000_000;

  /** An alert, encoded. Its state, decision and deliveries must still fit {@link #RECORD_BYTES}. */
  public static final int ALERT_BYTES = 256 * 1024;

  /** An action, encoded. */
  public static final int ACTION_BYTES = 64 * 1024;

  /** Ids: alerts, organisations, communities, injects, actions, campaigns. */
  public static final int ID_CHARS = 128;

  /** The exercise id, which becomes part of run ids and so of topic names. */
  public static final int EXERCISE_ID_CHARS = 64;

  /** Short words: RSIT type, sector, kind, country, indicator type, names and titles. */
  public static final int SHORT_TEXT_CHARS = 256;

  /** An alert's or a message's text. */
  public static final int TEXT_CHARS = 16_384;

  /** One indicator's value (a URL, a hash, an address). */
  public static final int INDICATOR_VALUE_CHARS = 2_048;

  /** Indicators on one alert. */
  public static final int INDICATORS = 256;

  /** Organisations in one run; also the most addressees, targets or affected countries. */
  public static final int PARTICIPANTS = 1_000;

  /** A team's note on an action. */
  public static final int NOTE_CHARS = 1_000;

  /** Entries in an action's details, and the length of each key and value. */
  public static final int DETAILS = 32;

  public static final int DETAIL_CHARS = 1_024;

  /** A dead letter's reason header: longer reasons are cut, with an ellipsis. */
  public static final int REASON_CHARS = 4_096;

  /**
   * Why a run ended without completing ({@code ExerciseRun.endReason}, e.g. why an interrupted run
   * was not resumed): longer reasons are cut, with an ellipsis.
   */
  public static final int END_REASON_CHARS = 1_024;

  /**
   * The furthest a run's scenario time reaches past its start: the longest exercise the loader
   * takes, and the horizon past which the pipeline refuses an alert or a request as dated in an
   * impossible future (a record of the year 9999 would otherwise be delivered, and drag each CERT's
   * scenario time on the dashboard, and the actions it stamps, along with it). A year and a day: no
   * drill lasts that long, a multi-day one fits many times over.
   */
  public static final Duration SCENARIO_SPAN = Duration.ofDays(366);

  private static final AvroSerde<IncidentAlert> ALERTS = AvroSerde.of(IncidentAlert.class);
  private static final AvroSerde<TraineeAction> ACTIONS = AvroSerde.of(TraineeAction.class);

  private RecordLimits() {}

  /** Every limit the alert breaks, as sentences; empty when it is within all of them. */
  public static List<String> problemsOf(IncidentAlert alert) {
    Problems p = new Problems();
    p.chars("alertId", alert.getAlertId(), ID_CHARS);
    p.chars("runId", alert.getRunId(), ID_CHARS);
    p.chars("sourceOrg", alert.getSourceOrg(), ID_CHARS);
    p.chars("sourceCountry", alert.getSourceCountry(), SHORT_TEXT_CHARS);
    p.ids("addressees", alert.getAddressees());
    p.chars("rsitType", alert.getRsitType(), SHORT_TEXT_CHARS);
    p.chars("sector", alert.getSector(), SHORT_TEXT_CHARS);
    p.count("affectedCountries", alert.getAffectedCountries(), PARTICIPANTS);
    p.longest("affectedCountries", alert.getAffectedCountries(), SHORT_TEXT_CHARS);
    p.count("indicators", alert.getIndicators(), INDICATORS);
    p.longest(
        "indicator types",
        alert.getIndicators().stream().map(Indicator::getType).toList(),
        SHORT_TEXT_CHARS);
    p.longest(
        "indicator values",
        alert.getIndicators().stream().map(Indicator::getValue).toList(),
        INDICATOR_VALUE_CHARS);
    p.chars("campaign", alert.getCampaign(), ID_CHARS);
    p.chars("derivedFrom", alert.getDerivedFrom(), ID_CHARS);
    p.chars("text", alert.getText(), TEXT_CHARS);
    if (p.none()) {
      p.bytes("the alert", ALERTS.encodeUnbounded(alert).length, ALERT_BYTES);
    }
    return p.list;
  }

  /** Every limit the action breaks, as sentences; empty when it is within all of them. */
  public static List<String> problemsOf(TraineeAction action) {
    Problems p = new Problems();
    p.chars("actionId", action.getActionId(), ID_CHARS);
    p.chars("runId", action.getRunId(), ID_CHARS);
    p.chars("actor", action.getActor(), ID_CHARS);
    p.chars("alertId", action.getAlertId(), ID_CHARS);
    p.chars("incidentId", action.getIncidentId(), ID_CHARS);
    p.ids("targets", action.getTargets());
    p.count("details", action.getDetails().entrySet(), DETAILS);
    p.longest("detail names", List.copyOf(action.getDetails().keySet()), DETAIL_CHARS);
    p.longest("detail values", List.copyOf(action.getDetails().values()), DETAIL_CHARS);
    p.chars("note", action.getNote(), NOTE_CHARS);
    if (p.none()) {
      p.bytes("the action", ACTIONS.encodeUnbounded(action).length, ACTION_BYTES);
    }
    return p.list;
  }

  /** A sentence for a text over its limit, e.g. "text has 1,048,411 characters; at most 16,384". */
  public static String tooLong(String what, int length, int limit) {
    return String.format("%s has %,d characters; at most %,d", what, length, limit);
  }

  /** A sentence for a list over its limit. */
  public static String tooMany(String what, int count, int limit) {
    return String.format("%s has %,d entries; at most %,d", what, count, limit);
  }

  /**
   * A sentence if {@code at} lies past the horizon of a run that started at {@code start} (see
   * {@link #SCENARIO_SPAN}), e.g. "reportedAt 9999-12-31T00:00:00Z is past the run's horizon
   * 2022-12-08T08:00:00Z (366 days after its start)"; null if within it or either is unknown.
   */
  public static String pastHorizon(String what, Instant at, Instant start) {
    if (at == null || start == null) {
      return null;
    }
    Instant horizon = start.plus(SCENARIO_SPAN);
    return at.isAfter(horizon)
        ? String.format(
            "%s %s is past the run's horizon %s (%d days after its start)",
            what, at, horizon, SCENARIO_SPAN.toDays())
        : null;
  }

  /**
   * How far past the wall clock a record's own timestamp may lie ({@link #pastRecordHorizon}): a
   * record stamped by a tool that knows nothing of scenario time carries the time it was written.
   */
  public static final Duration RECORD_CLOCK_SLACK = Duration.ofDays(1);

  /**
   * A sentence if a record's own timestamp {@code at} lies past both the horizon of a run that
   * started at {@code start} and a day after {@code now}; null otherwise or if either is unknown. A
   * record should carry its scenario time (docs/DESIGN.md, rule 1), but one stamped with the time
   * it was written (a Kafka tool's default) is no threat and is taken; one stamped in the year 9999
   * would move the run's time eight thousand years on. A run without a known start has no horizon
   * (null).
   */
  public static String pastRecordHorizon(Instant at, Instant start, Instant now) {
    if (at == null || start == null) {
      return null;
    }
    Instant byClock = now.plus(RECORD_CLOCK_SLACK);
    Instant byRun = start.plus(SCENARIO_SPAN);
    Instant limit = byRun.isAfter(byClock) ? byRun : byClock;
    return at.isAfter(limit)
        ? String.format(
            "the record's timestamp %s is past the run's horizon %s (%s)",
            at,
            limit,
            limit == byClock
                ? "a day after the time it was read"
                : SCENARIO_SPAN.toDays() + " days after its start")
        : null;
  }

  /** The text cut to {@code limit} characters, with an ellipsis when it was cut. */
  public static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, Math.max(0, limit - 1)) + "…";
  }

  private static final class Problems {
    private final List<String> list = new ArrayList<>();

    void chars(String what, CharSequence text, int limit) {
      if (text != null && text.length() > limit) {
        list.add(tooLong(what, text.length(), limit));
      }
    }

    void count(String what, Collection<?> items, int limit) {
      if (items.size() > limit) {
        list.add(tooMany(what, items.size(), limit));
      }
    }

    void ids(String what, List<String> ids) {
      count(what, ids, PARTICIPANTS);
      longest(what, ids, ID_CHARS);
    }

    /** One sentence for all the entries of a list that are too long, naming the longest. */
    void longest(String what, List<String> texts, int limit) {
      long over = texts.stream().filter(t -> t != null && t.length() > limit).count();
      if (over > 0) {
        int longest = texts.stream().mapToInt(t -> t == null ? 0 : t.length()).max().orElse(0);
        list.add(
            String.format(
                "%,d of %s %s longer than %,d characters (the longest has %,d)",
                over, what, over == 1 ? "is" : "are", limit, longest));
      }
    }

    void bytes(String what, int size, int limit) {
      if (size > limit) {
        list.add(String.format("%s encodes to %,d bytes; at most %,d", what, size, limit));
      }
    }

    boolean none() {
      return list.isEmpty();
    }
  }
}
