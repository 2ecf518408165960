package org.certex.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.certex.avro.ActionType;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.avro.TraineeAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Found by the topic fuzzer (issue 13): an alert or a share request dated in the year 9999 was
 * decided and delivered like any other, and its deliveries dragged the CERT's scenario time on the
 * dashboard (and the time it stamps on that team's actions) eight thousand years ahead. Past the
 * run's horizon, a year and a day after its start, both checks now refuse it.
 */
@DisplayName("The run's horizon")
class RunHorizonTest {

  private static final Instant START = Instant.parse("2021-12-07T08:00:00Z");
  private static final Set<String> PARTICIPANTS = Set.of("EPS", "CERT-RS");

  private static IncidentAlert alert(Instant detected, Instant reported) {
    return IncidentAlert.newBuilder()
        .setAlertId("a-1")
        .setRunId("r")
        .setSourceOrg("EPS")
        .setSourceCountry("RS")
        .setAddressees(List.of("CERT-RS"))
        .setDetectedAt(detected)
        .setReportedAt(reported)
        .setRsitClass(RsitClass.MALICIOUS_CODE)
        .setRsitType("infected-system")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.AMBER)
        .setPap(Pap.GREEN)
        .setText("")
        .build();
  }

  private static TraineeAction share(Instant at) {
    return TraineeAction.newBuilder()
        .setActionId("x-1")
        .setRunId("r")
        .setActor("CERT-RS")
        .setType(ActionType.SHARE)
        .setAlertId("a-1")
        .setTargets(List.of("EPS"))
        .setAt(at)
        .build();
  }

  @Test
  @DisplayName("an alert detected or reported past it is refused, naming the field and the horizon")
  void alertPastTheHorizon() {
    AlertCheck check = new AlertCheck("r", PARTICIPANTS, START);
    Instant far = Instant.parse("9999-12-31T00:00:00Z");
    Instant last = START.plus(org.certex.schemas.RecordLimits.SCENARIO_SPAN);

    assertThat(check.problems("a-1", alert(far, far)))
        .containsExactly(
            "detectedAt 9999-12-31T00:00:00Z is past the run's horizon 2022-12-08T08:00:00Z (366"
                + " days after its start)",
            "reportedAt 9999-12-31T00:00:00Z is past the run's horizon 2022-12-08T08:00:00Z (366"
                + " days after its start)");
    assertThat(check.problems("a-1", alert(START, last))).isEmpty();
    assertThat(check.problems("a-1", alert(START, last.plusMillis(1)))).hasSize(1);
    assertThat(new AlertCheck("r", PARTICIPANTS, null).problems("a-1", alert(far, far)))
        .as("a setup without a start has no horizon")
        .isEmpty();
  }

  @Test
  @DisplayName("a share request made past it is refused")
  void requestPastTheHorizon() {
    SharingRequestCheck check = new SharingRequestCheck("r", PARTICIPANTS, START);

    assertThat(check.problems("a-1", share(Instant.parse("9999-12-31T00:00:00Z"))))
        .containsExactly(
            "at 9999-12-31T00:00:00Z is past the run's horizon 2022-12-08T08:00:00Z (366 days"
                + " after its start)");
    assertThat(check.problems("a-1", share(START.plusSeconds(3_600)))).isEmpty();
  }
}
