package org.certex.dashboard.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.certex.avro.Pap;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.views.ActingGround;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ParticipantView;
import org.certex.dashboard.web.Texts;
import org.certex.schemas.RecordLimits;

/**
 * Decides whether a team's own alert goes to the run's alerts topic, with the {@code NOTIFY} that
 * records it, before anything is written. The source is the CERT the key opened, its country the
 * run's record of that participant; a derived notice names the alert it derives from by id and
 * nothing more, so no field of the original (its source, its text) can reach the notice's
 * addressees through the dashboard.
 *
 * <p>The checks, in the order of {@link ActionCheck}'s: the addressees (at least one), labels, RSIT
 * classification ({@link RsitChoice}), severity, text (required), indicators and ids, within {@link
 * RecordLimits} (400); the run is recorded (404) and running (409); the CERT holds the alert it
 * derives from (404); the CERT and every addressee are participants (400); and last, the alert and
 * the notification records are within {@link RecordLimits} (400).
 *
 * <p>The notification names {@code derivedFrom} when given, else the new alert: the exercise engine
 * credits an action naming an alert only to that alert's expectations, so a notice derived from an
 * inject's alert meets the {@code notify} expectations of that inject, and a fresh alert those of a
 * message inject.
 */
public final class TeamAlertCheck {

  private final ExerciseViews views;
  private final ActionCheck actions;
  private final Supplier<String> ids;

  public TeamAlertCheck(ExerciseViews views, ActionCheck actions) {
    this(views, actions, () -> UUID.randomUUID().toString());
  }

  /**
   * @param ids fresh ids: the alert's first, then its notification's
   */
  public TeamAlertCheck(ExerciseViews views, ActionCheck actions, Supplier<String> ids) {
    this.views = views;
    this.actions = actions;
    this.ids = ids;
  }

  TeamAlert admit(String runId, String certId, AccessRole role, TeamAlertRequest request) {
    List<String> addressees = Recipients.of(request.addressees(), "addressees", "An addressee");
    if (addressees.isEmpty()) {
      throw ActionRefused.badRequest("An alert needs at least one addressee organisation");
    }
    Tlp tlp = Words.parse(Tlp.class, "tlp", request.tlp());
    Pap pap = Words.parse(Pap.class, "pap", request.pap());
    RsitChoice rsit = RsitChoice.ofLabel(request.rsit());
    Severity severity = Words.parse(Severity.class, "severity", request.severity());
    String text =
        Texts.required("text", request.text(), RecordLimits.TEXT_CHARS, "what the alert says");
    List<TeamAlert.Indicator> indicators = indicatorsOf(request.indicators());
    String campaign = Texts.optionalId("campaign", request.campaign());
    String derivedFrom = Texts.optionalId("derivedFrom", request.derivedFrom());
    ActingGround ground = actions.groundOf(runId, certId, derivedFrom);
    String country = countryOf(runId, certId);
    Recipients.requireParticipants(runId, addressees, ground.participants());
    String alertId = ids.get();
    TeamAction notification =
        new TeamAction(
            ids.get(),
            runId,
            certId,
            TeamAction.Kind.NOTIFY,
            derivedFrom != null ? derivedFrom : alertId,
            null,
            addressees,
            "",
            new TeamDetail.Notification(alertId),
            ground.scenarioNow(),
            role.name(),
            ground.partitions());
    TeamAlert alert =
        new TeamAlert(
            alertId,
            runId,
            certId,
            country,
            addressees,
            ground.scenarioNow(),
            rsit.rsitClass(),
            rsit.rsitType(),
            severity,
            tlp,
            pap,
            indicators,
            campaign,
            derivedFrom,
            text,
            notification);
    requireWithinLimits(alert);
    return alert;
  }

  private static List<TeamAlert.Indicator> indicatorsOf(List<TeamAlertRequest.Indicator> given) {
    List<TeamAlertRequest.Indicator> list = given == null ? List.of() : given;
    if (list.size() > RecordLimits.INDICATORS) {
      throw ActionRefused.badRequest(
          RecordLimits.tooMany("indicators", list.size(), RecordLimits.INDICATORS));
    }
    List<TeamAlert.Indicator> indicators = new ArrayList<>();
    for (TeamAlertRequest.Indicator indicator : list) {
      if (indicator == null) {
        throw ActionRefused.badRequest("An indicator needs a type and a value");
      }
      String type =
          Texts.required(
              "indicator type",
              indicator.type(),
              RecordLimits.SHORT_TEXT_CHARS,
              "what the value is, e.g. ipv4-addr, domain-name, file-sha256");
      String value =
          Texts.required(
              "indicator value",
              indicator.value(),
              RecordLimits.INDICATOR_VALUE_CHARS,
              "the address, name or hash itself");
      indicators.add(new TeamAlert.Indicator(type, value));
    }
    return indicators;
  }

  /** The source's country, from the run's record; a CERT not in the run has none (400). */
  private String countryOf(String runId, String certId) {
    return views.run(runId).stream()
        .flatMap(run -> run.participants().stream())
        .filter(participant -> participant.id().equals(certId))
        .map(ParticipantView::country)
        .findFirst()
        .orElseThrow(
            () -> ActionRefused.badRequest("Not a participant of run " + runId + ": " + certId));
  }

  private static void requireWithinLimits(TeamAlert alert) {
    List<String> problems = RecordLimits.problemsOf(ActionRecords.incidentAlert(alert));
    if (!problems.isEmpty()) {
      throw ActionRefused.badRequest("The alert breaks a limit: " + String.join("; ", problems));
    }
    ActionCheck.requireWithinLimits(ActionRecords.traineeAction(alert.notification()));
  }
}
