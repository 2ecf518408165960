package org.certex.dashboard.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.certex.avro.Indicator;
import org.certex.avro.ManualAlert;
import org.certex.avro.ManualInject;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.dashboard.control.ControlRequestBody.IndicatorBody;
import org.certex.dashboard.control.ControlRequestBody.ManualAlertBody;
import org.certex.dashboard.control.ControlRequestBody.ManualInjectBody;
import org.certex.schemas.RecordLimits;

/**
 * A manual inject composed on the page, checked where it enters and made the {@code ManualInject}
 * of an INJECT request: a sender and recipients that are participants of the run, a kind the engine
 * fires (an alert or a message kind), an alert's labels in the words the page and scenario files
 * use ({@code TLP:AMBER+STRICT}, {@code PAP:GREEN}, {@code malicious-code/ransomware}, {@code
 * high}), and every field within {@link RecordLimits}. The engine checks it again against the
 * scenario (the sender must be an organisation the simulation cell plays).
 */
final class ManualInjectIntake {

  static final List<String> KINDS =
      List.of(
          "alert",
          "media-report",
          "request-for-information",
          "phone-call",
          "email",
          "situation-report");

  private static final Pattern RSIT_TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_NAMED_UNKNOWN = 5;

  private ManualInjectIntake() {}

  /**
   * @throws ControlRefused (400) with what was expected
   */
  static ManualInject of(ManualInjectBody body, Set<String> participants) {
    if (body == null) {
      throw bad("INJECT needs the manualInject: sender, kind, recipients, subject, text");
    }
    String sender = id("The sender", body.sender());
    String kind = body.kind() == null ? "" : body.kind().strip().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(kind)) {
      throw bad(
          "Unknown kind '"
              + RecordLimits.cut(String.valueOf(body.kind()), RecordLimits.ID_CHARS)
              + "': use "
              + String.join(", ", KINDS));
    }
    List<String> recipients = recipients(body.recipients());
    List<String> unknown = new ArrayList<>(recipients);
    unknown.add(0, sender);
    unknown.removeIf(participants::contains);
    if (!unknown.isEmpty()) {
      List<String> named = unknown.subList(0, Math.min(unknown.size(), MAX_NAMED_UNKNOWN));
      throw bad(
          "Not a participant of the run: "
              + String.join(", ", named)
              + (unknown.size() > named.size() ? " and " + (unknown.size() - named.size()) : ""));
    }
    boolean alert = kind.equals("alert");
    if (alert != (body.alert() != null)) {
      throw bad(
          alert
              ? "An alert needs its labels: alert {tlp, pap, rsit, severity}"
              : "A " + kind + " carries no alert labels; leave alert out or send kind alert");
    }
    return ManualInject.newBuilder()
        .setSender(sender)
        .setKind(kind)
        .setRecipients(recipients)
        .setSubject(text("The subject", body.subject(), RecordLimits.SHORT_TEXT_CHARS))
        .setText(text("The text", body.text(), RecordLimits.TEXT_CHARS))
        .setAlert(alert ? alert(body.alert()) : null)
        .build();
  }

  private static ManualAlert alert(ManualAlertBody a) {
    String rsit = a.rsit() == null ? "" : a.rsit().strip();
    int slash = rsit.indexOf('/');
    String type = slash < 0 ? "" : rsit.substring(slash + 1);
    if (slash < 0
        || rsit.length() > RecordLimits.SHORT_TEXT_CHARS
        || !RSIT_TYPE.matcher(type).matches()) {
      throw bad("rsit must be class/type, e.g. malicious-code/ransomware");
    }
    return ManualAlert.newBuilder()
        .setTlp(label("tlp", a.tlp(), "TLP:", Tlp.class))
        .setPap(label("pap", a.pap(), "PAP:", Pap.class))
        .setRsitClass(label("the RSIT class", rsit.substring(0, slash), "", RsitClass.class))
        .setRsitType(type)
        .setSeverity(label("severity", a.severity(), "", Severity.class))
        .setIndicators(indicators(a.indicators()))
        .setCampaign(
            a.campaign() == null || a.campaign().isBlank()
                ? null
                : id("The campaign", a.campaign()))
        .build();
  }

  private static List<Indicator> indicators(List<IndicatorBody> given) {
    List<IndicatorBody> list = given == null ? List.of() : given;
    if (list.size() > RecordLimits.INDICATORS) {
      throw bad(RecordLimits.tooMany("indicators", list.size(), RecordLimits.INDICATORS));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorBody i : list) {
      if (i == null
          || i.type() == null
          || i.type().isBlank()
          || i.value() == null
          || i.value().isBlank()) {
        throw bad("An indicator needs its type and value");
      }
      indicators.add(
          new Indicator(
              text("An indicator type", i.type(), RecordLimits.SHORT_TEXT_CHARS),
              text("An indicator value", i.value(), RecordLimits.INDICATOR_VALUE_CHARS)));
    }
    return indicators;
  }

  /** The constant {@code text} names: upper case, without its prefix, '-' and '+' as '_'. */
  private static <E extends Enum<E>> E label(
      String what, String text, String prefix, Class<E> type) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (name.startsWith(prefix)) {
      name = name.substring(prefix.length());
    }
    name = name.replace('-', '_').replace('+', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    List<String> known = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      known.add(prefix + constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw bad(
        "Unknown "
            + what
            + " '"
            + RecordLimits.cut(String.valueOf(text), RecordLimits.ID_CHARS)
            + "': use "
            + String.join(", ", known));
  }

  private static List<String> recipients(List<String> given) {
    List<String> list = given == null ? List.of() : given;
    if (list.size() > RecordLimits.PARTICIPANTS) {
      throw bad(RecordLimits.tooMany("recipients", list.size(), RecordLimits.PARTICIPANTS));
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String recipient : list) {
      distinct.add(id("A recipient", recipient));
    }
    if (distinct.isEmpty()) {
      throw bad("A manual inject needs at least one recipient");
    }
    return List.copyOf(distinct);
  }

  private static String id(String what, String id) {
    String text = id == null ? "" : id.strip();
    if (text.isEmpty()) {
      throw bad(what + " is missing");
    }
    if (text.length() > RecordLimits.ID_CHARS) {
      throw bad(RecordLimits.tooLong(what, text.length(), RecordLimits.ID_CHARS));
    }
    return text;
  }

  private static String text(String what, String text, int limit) {
    String t = text == null ? "" : text.strip();
    if (t.length() > limit) {
      throw bad(RecordLimits.tooLong(what, t.length(), limit));
    }
    return t;
  }

  private static ControlRefused bad(String reason) {
    return ControlRefused.badRequest(reason);
  }
}
