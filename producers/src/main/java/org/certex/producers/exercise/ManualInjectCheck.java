package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;
import org.certex.avro.ManualAlert;
import org.certex.avro.ManualInject;
import org.certex.producers.scenario.AlertRecords;
import org.certex.producers.scenario.InjectMessage;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.schemas.RecordLimits;

/**
 * Whether the engine can fire a manual inject that exercise control composed, and if not, why, in a
 * sentence its refusal records and the page shows as it is. The request reached the control topic
 * from the CLI or the page, which check what they can; the engine checks again against the
 * scenario, which only it holds whole: the sender is a participant the simulation cell plays (never
 * one of the trainees' CERTs: a team acts for itself), every recipient is a participant, the kind
 * is an alert or a message kind, an alert carries its labels and a well-formed RSIT type, and every
 * field is within {@link RecordLimits} (the alert as published too).
 */
final class ManualInjectCheck {

  static final String ALERT = "alert";

  private static final Pattern RSIT_TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_NAMED_UNKNOWN = 5;

  private final Scenario scenario;
  private final ManualInjects injects;

  ManualInjectCheck(ManualInjects injects) {
    this.scenario = injects.scenario();
    this.injects = injects;
  }

  /** The message kinds a manual inject may be, as the scenario writes them. */
  static List<String> messageKinds() {
    List<String> kinds = new ArrayList<>();
    for (InjectMessage.Kind kind : InjectMessage.Kind.values()) {
      if (kind != InjectMessage.Kind.ACTION) {
        kinds.add(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    return kinds;
  }

  /** Why {@code inject} cannot be fired at {@code at}; empty if it can. */
  Optional<String> refusal(ManualInject inject, Instant at) {
    if (inject == null) {
      return Optional.of(
          "an INJECT request needs the manual inject: its sender, kind, recipients and text");
    }
    return Optional.ofNullable(sender(inject.getSender()))
        .or(() -> Optional.ofNullable(kind(inject)))
        .or(() -> Optional.ofNullable(recipients(inject.getRecipients())))
        .or(() -> Optional.ofNullable(texts(inject)))
        .or(() -> Optional.ofNullable(alert(inject.getAlert())))
        .or(() -> published(inject, at));
  }

  /** What the alert as its sender publishes it breaks of {@link RecordLimits}, in one sentence. */
  private Optional<String> published(ManualInject inject, Instant at) {
    if (inject.getAlert() == null) {
      return Optional.empty();
    }
    IncidentAlert alert =
        AlertRecords.of(
            injects.alert(inject, injects.nextId(), at),
            scenario.participant(inject.getSender()).orElseThrow(),
            injects.runId(),
            at);
    List<String> problems = RecordLimits.problemsOf(alert);
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of("the alert breaks a limit: " + String.join("; ", problems));
  }

  private String sender(String sender) {
    if (sender == null || sender.isBlank()) {
      return "a manual inject needs its sender, an organisation the simulation cell plays";
    }
    Optional<ScenarioParticipant> participant = scenario.participant(sender);
    if (participant.isEmpty()) {
      return "sender '"
          + RecordLimits.cut(sender, RecordLimits.ID_CHARS)
          + "' is not a participant of the run";
    }
    if (participant.get().playedBy() == PlayedBy.TRAINEES) {
      return "sender '"
          + sender
          + "' is played by trainees: a manual inject comes from an organisation the simulation"
          + " cell plays";
    }
    return null;
  }

  private static String kind(ManualInject inject) {
    String kind = inject.getKind();
    boolean alert = ALERT.equals(kind);
    if (!alert && !messageKinds().contains(kind)) {
      return "unknown kind '"
          + RecordLimits.cut(String.valueOf(kind), RecordLimits.SHORT_TEXT_CHARS)
          + "': a manual inject is an alert or one of "
          + String.join(", ", messageKinds());
    }
    if (alert && inject.getAlert() == null) {
      return "an alert needs its labels: TLP, PAP, RSIT class/type and severity";
    }
    if (!alert && inject.getAlert() != null) {
      return "a " + kind + " carries no alert labels; send kind alert for an alert";
    }
    return null;
  }

  private String recipients(List<String> recipients) {
    if (recipients.isEmpty()) {
      return "a manual inject needs at least one recipient";
    }
    if (recipients.size() > RecordLimits.PARTICIPANTS) {
      return RecordLimits.tooMany("recipients", recipients.size(), RecordLimits.PARTICIPANTS);
    }
    Set<String> seen = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String recipient : recipients) {
      if (!seen.add(recipient)) {
        return "recipient '" + recipient + "' is named twice";
      }
      if (scenario.participant(recipient).isEmpty()) {
        unknown.add(RecordLimits.cut(recipient, RecordLimits.ID_CHARS));
      }
    }
    if (unknown.isEmpty()) {
      return null;
    }
    List<String> named = unknown.subList(0, Math.min(unknown.size(), MAX_NAMED_UNKNOWN));
    return "not a participant of the run: "
        + String.join(", ", named)
        + (unknown.size() > named.size()
            ? " and " + (unknown.size() - named.size()) + " more"
            : "");
  }

  private static String texts(ManualInject inject) {
    if (inject.getSubject().length() > RecordLimits.SHORT_TEXT_CHARS) {
      return RecordLimits.tooLong(
          "the subject", inject.getSubject().length(), RecordLimits.SHORT_TEXT_CHARS);
    }
    if (inject.getText().length() > RecordLimits.TEXT_CHARS) {
      return RecordLimits.tooLong("the text", inject.getText().length(), RecordLimits.TEXT_CHARS);
    }
    return null;
  }

  private static String alert(ManualAlert alert) {
    if (alert == null) {
      return null;
    }
    String type = alert.getRsitType();
    if (type.length() > RecordLimits.SHORT_TEXT_CHARS || !RSIT_TYPE.matcher(type).matches()) {
      return "bad RSIT type '"
          + RecordLimits.cut(type, RecordLimits.SHORT_TEXT_CHARS)
          + "': lower-case words joined by '-', e.g. ransomware or infected-system";
    }
    if (alert.getCampaign() != null && alert.getCampaign().length() > RecordLimits.ID_CHARS) {
      return RecordLimits.tooLong(
          "the campaign", alert.getCampaign().length(), RecordLimits.ID_CHARS);
    }
    List<Indicator> indicators = alert.getIndicators();
    if (indicators.size() > RecordLimits.INDICATORS) {
      return RecordLimits.tooMany("indicators", indicators.size(), RecordLimits.INDICATORS);
    }
    for (Indicator i : indicators) {
      if (i.getType().isBlank() || i.getValue().isBlank()) {
        return "an indicator needs its type and value";
      }
    }
    return null;
  }
}
