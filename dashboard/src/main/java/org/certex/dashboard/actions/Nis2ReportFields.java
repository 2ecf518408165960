package org.certex.dashboard.actions;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certex.avro.Nis2Report;
import org.certex.dashboard.web.Texts;
import org.certex.schemas.RecordLimits;

/**
 * What NIS2 Art. 23(4) and (5) ask each report to say, as the fields of a team's {@code REPORT}:
 * each a free text of at most {@link RecordLimits#DETAIL_CHARS} characters (it travels in the
 * action's details), the ones the law asks for required, the ones it asks "where available" or
 * "where applicable" optional, any other name refused. The texts are the team's; nothing reads them
 * but people (control, evaluators, the after-action report).
 */
final class Nis2ReportFields {

  /** One field: its name in the request and in the action's details, and what it is for. */
  record Field(String name, boolean required, String asks) {}

  private static final Map<Nis2Report, List<Field>> FIELDS = new EnumMap<>(Nis2Report.class);

  static {
    Field malicious =
        new Field(
            "suspectedMalicious",
            true,
            "whether the incident is suspected of being caused by unlawful or malicious acts");
    Field crossBorder =
        new Field(
            "crossBorderImpact", true, "whether the incident could have a cross-border impact");
    FIELDS.put(Nis2Report.EARLY_WARNING, List.of(malicious, crossBorder));
    FIELDS.put(
        Nis2Report.NOTIFICATION,
        List.of(
            new Field("initialAssessment", true, "an initial assessment of the incident"),
            new Field("severityAndImpact", true, "its severity and impact"),
            new Field(
                "indicatorsOfCompromise", false, "the indicators of compromise, if available"),
            optional(malicious),
            optional(crossBorder)));
    FIELDS.put(
        Nis2Report.INTERMEDIATE,
        List.of(new Field("statusUpdate", true, "the relevant status updates")));
    FIELDS.put(
        Nis2Report.FINAL,
        List.of(
            new Field(
                "detailedDescription",
                true,
                "a detailed description of the incident, with its severity and impact"),
            new Field(
                "threatTypeOrRootCause",
                true,
                "the type of threat or root cause that likely triggered it"),
            new Field("mitigationMeasures", true, "the mitigation measures applied and ongoing"),
            new Field("crossBorderImpact", false, "its cross-border impact, where applicable")));
    FIELDS.put(
        Nis2Report.FEEDBACK,
        List.of(
            new Field("initialFeedback", true, "the CSIRT's initial feedback on the incident"),
            new Field(
                "guidance",
                false,
                "guidance or operational advice on mitigation, if the entity asked for it")));
  }

  private Nis2ReportFields() {}

  /** The fields of {@code report}, in the law's order. */
  static List<Field> of(Nis2Report report) {
    return FIELDS.get(report);
  }

  /**
   * The fields given for {@code report}, stripped, blank ones left out, in the law's order.
   *
   * @throws ActionRefused (400) for a field the report does not have, one over its limit, or a
   *     required one missing, naming it and what the law asks it to say
   */
  static Map<String, String> check(Nis2Report report, Map<String, String> given) {
    Map<String, String> fields = given == null ? Map.of() : given;
    List<Field> known = FIELDS.get(report);
    for (String name : fields.keySet()) {
      if (known.stream().noneMatch(f -> f.name().equals(name))) {
        throw ActionRefused.badRequest(
            "The "
                + report
                + " report has no field '"
                + Texts.quoted(String.valueOf(name))
                + "': it takes "
                + names(known));
      }
    }
    Map<String, String> checked = new LinkedHashMap<>();
    for (Field field : known) {
      String text =
          Texts.optional(field.name(), fields.get(field.name()), RecordLimits.DETAIL_CHARS);
      if (!text.isEmpty()) {
        checked.put(field.name(), text);
      } else if (field.required()) {
        throw ActionRefused.badRequest(
            "The " + report + " report needs " + field.name() + ": " + field.asks());
      }
    }
    return checked;
  }

  private static Field optional(Field field) {
    return new Field(field.name(), false, field.asks() + " (an update of the early warning)");
  }

  private static String names(List<Field> fields) {
    return String.join(
        ", ", fields.stream().map(f -> f.name() + (f.required() ? "" : " (optional)")).toList());
  }
}
