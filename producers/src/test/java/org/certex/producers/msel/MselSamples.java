package org.certex.producers.msel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.producers.scenario.Branch;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;
import org.certex.producers.scenario.InjectMessage.Kind;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioParticipant;
import org.certex.producers.scenario.ScenarioParticipant.PlayedBy;
import org.certex.producers.scenario.ScheduledAlert;
import org.certex.producers.scenario.ScheduledAlert.IndicatorOfCompromise;

/**
 * A small MSEL with the awkward cases a spreadsheet must survive: alerts and every kind of message,
 * injects with and without expectations, a share meant to be refused and a permission, contingency
 * injects, branches, and texts with commas, quotes, line breaks, Cyrillic, leading spaces and words
 * YAML would misread. Optional values are set the way the scenario loader sets them when they are
 * left out.
 */
final class MselSamples {

  static final Instant START = Instant.parse("2021-12-07T08:00:00Z");

  private MselSamples() {}

  static Scenario scenario() {
    return new Scenario(
        "msel-drill",
        "MSEL drill",
        List.of("Exercise the MSEL"),
        START,
        Duration.ofHours(30),
        60,
        7,
        participants(),
        List.of(),
        injects(),
        List.of());
  }

  static List<ScenarioParticipant> participants() {
    return List.of(
        new ScenarioParticipant(
            "CERT-RS", "National CERT", "RS", "national-csirt", PlayedBy.TRAINEES),
        new ScenarioParticipant("EPS", "Power utility", "RS", "operator", PlayedBy.SIMCELL),
        new ScenarioParticipant(
            "HU-CSIRT", "CSIRT of Hungary", "HU", "national-csirt", PlayedBy.SIMCELL),
        new ScenarioParticipant("ENISA", "ENISA", "EU", "enisa", PlayedBy.SIMCELL),
        new ScenarioParticipant("MEDIA", "Newsroom", "RS", "other", PlayedBy.SIMCELL));
  }

  static List<Inject> injects() {
    return List.of(malware(), mediaReport(), forwarded(), reminder(), rumour(), sitrep());
  }

  private static ScheduledAlert malwareAlert() {
    return new ScheduledAlert(
        "inj-01",
        Duration.ofMinutes(5),
        Duration.ofMinutes(10),
        "EPS",
        List.of("CERT-RS"),
        Tlp.AMBER,
        Pap.GREEN,
        RsitClass.MALICIOUS_CODE,
        "infected-system",
        Severity.HIGH,
        "energy",
        Nis2EntityType.ESSENTIAL,
        true,
        true,
        List.of("RS", "HU"),
        List.of(
            new IndicatorOfCompromise("ipv4-addr", "203.0.113.7"),
            new IndicatorOfCompromise("url", "http://grid.example.org/a;b=1"),
            new IndicatorOfCompromise("file", "C:\\Windows\\Temp\\svc.exe")),
        "TESLA-COIL",
        null,
        "Malware on SCADA jump hosts, \"svc.exe\", beaconing to 203.0.113.7.\n"
            + "Second line: Електропривреда Србије #1\n"
            + "  indented third line");
  }

  static Inject malware() {
    ScheduledAlert alert = malwareAlert();
    return new Inject(
        "inj-01",
        Duration.ofMinutes(5),
        "EPS",
        alert,
        null,
        "Detect and report",
        "ExCon energy desk",
        false,
        List.of(
            new Expectation(
                "exp-01a",
                "CERT-RS",
                ExpectedAction.NOTIFY,
                Duration.ofHours(24),
                List.of("ENISA", "HU-CSIRT"),
                "Early warning, NIS2 Art. 23: \"within 24 h\"",
                "inj-04"),
            new Expectation(
                "exp-01b",
                "CERT-RS",
                ExpectedAction.ACKNOWLEDGE,
                Duration.ofMinutes(15),
                List.of(),
                "",
                null)),
        List.of(
            new Branch("exp-01a", Outcome.MISSED, "inj-05"),
            new Branch("exp-01a", Outcome.MET, "inj-06")));
  }

  static Inject mediaReport() {
    InjectMessage message =
        new InjectMessage(
            Kind.MEDIA_REPORT,
            List.of("CERT-RS", "EPS"),
            "Blackout in Belgrade: \"hackers\", says a source",
            "Line one, with a comma\r\nline two after CRLF\n\nline four after a blank line\n");
    return new Inject(
        "inj-02",
        Duration.ofMinutes(90),
        "MEDIA",
        null,
        message,
        null,
        null,
        false,
        List.of(),
        List.of());
  }

  private static ScheduledAlert forwardedAlert() {
    return new ScheduledAlert(
        "inj-03",
        Duration.ofHours(2).plusMinutes(30),
        Duration.ZERO,
        "CERT-RS",
        List.of("HU-CSIRT", "ENISA"),
        Tlp.AMBER_STRICT,
        Pap.CLEAR,
        RsitClass.INTRUSIONS,
        "application-compromise",
        Severity.CRITICAL,
        null,
        Nis2EntityType.NOT_IN_SCOPE,
        false,
        false,
        List.of(),
        List.of(),
        null,
        "inj-01",
        "");
  }

  static Inject forwarded() {
    ScheduledAlert alert = forwardedAlert();
    return new Inject(
        "inj-03",
        Duration.ofHours(2).plusMinutes(30),
        "CERT-RS",
        alert,
        null,
        "Share with peers",
        null,
        false,
        List.of(
            new Expectation(
                "exp-03a",
                "HU-CSIRT",
                ExpectedAction.SHARE,
                Duration.ofMinutes(90),
                List.of("EPS"),
                "",
                null,
                true),
            new Expectation(
                "exp-03b",
                "CERT-RS",
                ExpectedAction.GRANT_PERMISSION,
                Duration.ofHours(2),
                List.of("EPS"),
                "CERT-RS lets its constituent see the strict notice",
                null)),
        List.of());
  }

  static Inject reminder() {
    InjectMessage message =
        new InjectMessage(Kind.PHONE_CALL, List.of("CERT-RS"), "Where is your early warning?", "");
    return new Inject(
        "inj-04",
        Duration.ofHours(25),
        "ENISA",
        null,
        message,
        "NO",
        "  SimCell desk 2  ",
        true,
        List.of(),
        List.of());
  }

  static Inject rumour() {
    InjectMessage message =
        new InjectMessage(
            Kind.REQUEST_FOR_INFORMATION,
            List.of("CERT-RS"),
            "yes",
            "  Starts with spaces; ends with a tab\t");
    return new Inject(
        "inj-05",
        Duration.ZERO,
        "HU-CSIRT",
        null,
        message,
        "1e3",
        "null",
        true,
        List.of(),
        List.of());
  }

  static Inject sitrep() {
    InjectMessage message =
        new InjectMessage(
            Kind.SITUATION_REPORT, List.of("CERT-RS", "HU-CSIRT"), "Sitrep #2", "# not a comment");
    return new Inject(
        "inj-06",
        Duration.ofHours(26),
        "ENISA",
        null,
        message,
        null,
        null,
        true,
        List.of(
            new Expectation(
                "exp-06a",
                "CERT-RS",
                ExpectedAction.ESCALATE,
                Duration.ofHours(1),
                List.of(),
                "Escalate: EU-CyCLONe",
                null)),
        List.of());
  }
}
