package org.certex.producers.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;
import org.certex.producers.scenario.NoiseProfile;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.producers.scenario.ScheduledAlert;

/** A small drill built in code: two injects, one expectation with a contingency and a branch. */
final class Drills {

  static final Instant START = Instant.parse("2021-12-07T08:00:00Z");

  private Drills() {}

  static Scenario drill(List<NoiseProfile> noise) {
    return drill(noise, Scenario.DEFAULT_TICK);
  }

  /** The drill, ticking every {@code tick} of scenario time. */
  static Scenario drill(List<NoiseProfile> noise, Duration tick) {
    Expectation warn =
        new Expectation(
            "exp-warn",
            "CERT-RS",
            ExpectedAction.NOTIFY,
            Duration.ofHours(1),
            List.of("EPS"),
            "CERT-RS warns the operator",
            "inj-nudge");
    Inject ransomware =
        new Inject(
            "inj-ransom",
            Duration.ofMinutes(10),
            "EPS",
            alert("inj-ransom", "EPS"),
            null,
            "Detect",
            "ExCon",
            false,
            List.of(warn),
            List.of(new Branch("exp-warn", Branch.Outcome.MET, "inj-praise")));
    Inject nudge =
        new Inject(
            "inj-nudge",
            Duration.ZERO,
            "MEDIA",
            null,
            new InjectMessage(
                InjectMessage.Kind.PHONE_CALL,
                List.of("CERT-RS"),
                "Any news?",
                "The operator calls."),
            null,
            null,
            true,
            List.of(),
            List.of());
    Inject praise =
        new Inject(
            "inj-praise",
            Duration.ZERO,
            "MEDIA",
            null,
            new InjectMessage(
                InjectMessage.Kind.MEDIA_REPORT,
                List.of("CERT-RS"),
                "Quick response",
                "Press praises."),
            null,
            null,
            true,
            List.of(),
            List.of());
    Inject report =
        new Inject(
            "inj-report",
            Duration.ofHours(3),
            "EPS",
            alert("inj-report", "EPS"),
            null,
            null,
            null,
            false,
            List.of(),
            List.of());
    return new Scenario(
        "drill",
        "Drill",
        List.of(),
        START,
        Duration.ofHours(4),
        60,
        7,
        List.of(
            new ScenarioParticipant("CERT-RS", "CERT", "RS", "national-csirt", PlayedBy.TRAINEES),
            new ScenarioParticipant("EPS", "Power", "RS", "operator", PlayedBy.SIMCELL),
            new ScenarioParticipant("MEDIA", "Media", "RS", "other", PlayedBy.SIMCELL)),
        List.of(),
        List.of(ransomware, nudge, praise, report),
        noise,
        org.certex.producers.scenario.PolicyOverrides.NONE,
        Map.of(),
        tick);
  }

  static NoiseProfile noise(double perHour) {
    return new NoiseProfile(
        "EPS",
        List.of("CERT-RS"),
        perHour,
        Map.of("fraud/phishing", 1, "malicious-code/infected-system", 3),
        Map.of(Tlp.GREEN, 1, Tlp.CLEAR, 1));
  }

  static ScheduledAlert alert(String id, String from) {
    return new ScheduledAlert(
        id,
        Duration.ZERO,
        Duration.ZERO,
        from,
        List.of("CERT-RS"),
        Tlp.AMBER,
        Pap.GREEN,
        RsitClass.MALICIOUS_CODE,
        "ransomware",
        Severity.HIGH,
        "energy",
        Nis2EntityType.ESSENTIAL,
        true,
        false,
        List.of(),
        List.of(),
        null,
        null,
        "text");
  }
}
