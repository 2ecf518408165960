package org.certex.producers.scenario;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.certex.avro.Confidence;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Nis2Report;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.VoteChoice;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.schemas.RecordLimits;

/**
 * The one-line notation of an action in a scenario file and an MSEL cell: the action's word, then
 * what it says (docs/SCENARIOS.md, "Actions"):
 *
 * <pre>
 * acknowledge | classify | notify | share | grant-permission
 * report early-warning | notification | intermediate | final | feedback
 * request-report intermediate
 * escalate [csirts-network | eu-cyclone | large-scale]
 * attribute [subject=S actor=A confidence=low|moderate|high [evidence=TLP:AMBER+STRICT|...]]
 * propose P measure=eu-declaration|restrictive-measures subject=S [actor=A]
 *         procedure=unanimity|silence deadline=DURATION
 * vote P approve | object | abstain
 * </pre>
 *
 * {@link #text} writes what {@link #parse} reads, so a scenario survives an MSEL round trip.
 */
public final class ActionNotation {

  public record Parsed(ExpectedAction action, ActionDetail detail) {}

  static final Vocabulary<ExpectedAction> ACTIONS =
      Vocabulary.ofEnum("action", ExpectedAction.class);
  private static final Vocabulary<Nis2Report> REPORTS =
      Vocabulary.ofEnum("report", Nis2Report.class);
  private static final Vocabulary<EscalationLevel> LEVELS =
      Vocabulary.ofEnum("escalation level", EscalationLevel.class);
  private static final Vocabulary<VoteChoice> CHOICES = Vocabulary.ofEnum("vote", VoteChoice.class);
  private static final Vocabulary<ToolboxMeasure> MEASURES =
      Vocabulary.ofEnum("measure", ToolboxMeasure.class);
  private static final Vocabulary<DecisionProcedure> PROCEDURES =
      Vocabulary.ofEnum("procedure", DecisionProcedure.class);
  private static final Vocabulary<Confidence> CONFIDENCES =
      Vocabulary.ofEnum("confidence", Confidence.class);

  private ActionNotation() {}

  /**
   * @throws InvalidValueException with what was expected, for the loader to locate
   */
  public static Parsed parse(String text) {
    List<String> words = Arrays.stream(text.strip().split("\\s+")).toList();
    ExpectedAction action = ACTIONS.parse(words.get(0));
    List<String> rest = words.subList(1, words.size());
    ActionDetail detail =
        switch (action) {
          case REPORT -> new ActionDetail.Report(REPORTS.parse(one(rest, action, "which report")));
          case REQUEST_REPORT -> requestReport(rest);
          case ESCALATE ->
              rest.isEmpty()
                  ? ActionDetail.NONE
                  : new ActionDetail.Escalation(LEVELS.parse(one(rest, action, "a level")));
          case VOTE -> vote(rest);
          case PROPOSE -> proposal(rest);
          case ATTRIBUTE -> rest.isEmpty() ? ActionDetail.NONE : assessment(rest);
          default -> {
            if (!rest.isEmpty()) {
              throw new InvalidValueException(
                  "'"
                      + words.get(0)
                      + "' takes nothing after it, found '"
                      + String.join(" ", rest)
                      + "'",
                  "write just '" + words.get(0) + "'");
            }
            yield ActionDetail.NONE;
          }
        };
    return new Parsed(action, detail);
  }

  /** The notation of {@code action} with {@code detail}, as {@link #parse} reads it. */
  public static String text(ExpectedAction action, ActionDetail detail) {
    String suffix = detail.notation();
    return suffix.isEmpty() ? word(action) : word(action) + " " + suffix;
  }

  public static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ActionDetail requestReport(List<String> rest) {
    Nis2Report report =
        rest.isEmpty() ? Nis2Report.INTERMEDIATE : REPORTS.parse(one(rest, null, "which report"));
    if (report != Nis2Report.INTERMEDIATE) {
      throw new InvalidValueException(
          "a CSIRT requests only an intermediate report, not '" + word(report) + "'",
          "write 'request-report intermediate'");
    }
    return new ActionDetail.Report(report);
  }

  private static ActionDetail vote(List<String> rest) {
    if (rest.size() != 2) {
      throw new InvalidValueException(
          "a vote names its proposal and the choice",
          "e.g. 'vote p-1 approve' (approve, object, abstain)");
    }
    return new ActionDetail.Vote(id(rest.get(0)), CHOICES.parse(rest.get(1)));
  }

  private static ActionDetail proposal(List<String> rest) {
    if (rest.isEmpty() || rest.get(0).contains("=")) {
      throw new InvalidValueException(
          "a proposal starts with its id",
          "e.g. 'propose p-1 measure=restrictive-measures subject=GREY-HERON procedure=silence deadline=2h'");
    }
    Map<String, String> settings =
        settings(
            rest.subList(1, rest.size()),
            List.of("measure", "subject", "actor", "procedure", "deadline"));
    return new ActionDetail.Proposal(
        id(rest.get(0)),
        MEASURES.parse(required(settings, "measure", "propose")),
        id(required(settings, "subject", "propose")),
        Optional.ofNullable(settings.get("actor")).map(ActionNotation::id),
        PROCEDURES.parse(required(settings, "procedure", "propose")),
        positive(required(settings, "deadline", "propose")));
  }

  private static ActionDetail assessment(List<String> rest) {
    Map<String, String> settings =
        settings(rest, List.of("subject", "actor", "confidence", "evidence"));
    return new ActionDetail.Assessment(
        id(required(settings, "subject", "attribute")),
        id(required(settings, "actor", "attribute")),
        CONFIDENCES.parse(required(settings, "confidence", "attribute")),
        Optional.ofNullable(settings.get("evidence")).map(SharingLabels::tlp));
  }

  private static String one(List<String> rest, ExpectedAction action, String what) {
    if (rest.size() != 1) {
      throw new InvalidValueException(
          (action == null ? "the action" : "'" + word(action) + "'") + " needs " + what + ", once",
          "e.g. 'report early-warning'");
    }
    return rest.get(0);
  }

  private static Map<String, String> settings(List<String> words, List<String> keys) {
    Map<String, String> settings = new HashMap<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      String key = eq < 0 ? word : word.substring(0, eq);
      if (eq < 0 || !keys.contains(key)) {
        throw new InvalidValueException(
            "unexpected '" + word + "'",
            "write key=value with a key of " + String.join(", ", keys));
      }
      if (settings.put(key, word.substring(eq + 1)) != null) {
        throw new InvalidValueException("'" + key + "' given twice", "give each setting once");
      }
    }
    return settings;
  }

  private static String required(Map<String, String> settings, String key, String action) {
    String value = settings.get(key);
    if (value == null || value.isEmpty()) {
      throw new InvalidValueException(
          "'" + action + "' needs " + key + "=...", "see docs/SCENARIOS.md, Actions");
    }
    return value;
  }

  private static String id(String text) {
    if (text.isEmpty() || text.length() > RecordLimits.ID_CHARS) {
      throw new InvalidValueException(
          "id '" + text + "' must have 1 to " + RecordLimits.ID_CHARS + " characters", "");
    }
    return text;
  }

  private static Duration positive(String text) {
    Duration d = DurationNotation.parse(text);
    if (d.isZero() || d.isNegative()) {
      throw new InvalidValueException(
          "deadline '" + text + "' must be positive", "e.g. deadline=2h");
    }
    return d;
  }
}
