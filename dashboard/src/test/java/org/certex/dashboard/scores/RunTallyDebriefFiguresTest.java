package org.certex.dashboard.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.scores.TallyEvents.RUN;
import static org.certex.dashboard.scores.TallyEvents.at;
import static org.certex.dashboard.scores.TallyEvents.delivered;
import static org.certex.dashboard.scores.TallyEvents.inject;
import static org.certex.dashboard.scores.TallyEvents.participant;
import static org.certex.dashboard.scores.TallyEvents.recorded;

import java.util.List;
import java.util.Map;
import org.certex.dashboard.scores.PictureView.FlowRow;
import org.certex.dashboard.scores.PictureView.Series;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.certex.dashboard.views.ExerciseEvent.SharingDecided;
import org.certex.dashboard.views.SharingDecisionView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The debrief's figures in the tally: alerts per recipient, time to share per hop")
class RunTallyDebriefFiguresTest {

  private final RunTally tally = new RunTally();

  private static long total(Series series) {
    long sum = 0;
    for (Map<String, Object> bucket : series.alertsOverTime()) {
      for (String label : series.labels()) {
        sum += ((Number) bucket.get(label)).longValue();
      }
    }
    return sum;
  }

  @Test
  @DisplayName("counts every delivery to a recipient, shared copies too, and nothing of others'")
  void alertsPerRecipient() {
    tally.apply(recorded(List.of(participant("FR-CERT"), participant("DE-CERT"))));
    tally.apply(delivered("a1", "FR-OP1", "FR-CERT", "TLP:AMBER", 10));
    tally.apply(delivered("a2", "FR-OP1", "FR-CERT", "TLP:GREEN", 25));
    tally.apply(delivered("a1", "FR-OP1", "DE-CERT", "TLP:AMBER", 40, "FR-CERT"));

    Series fr = tally.receivedBy("FR-CERT").orElseThrow();
    assertThat(total(fr)).isEqualTo(2);
    assertThat(fr.bucketSeconds()).isEqualTo(10);
    assertThat(fr.alertsOverTime().get(1)).containsEntry("TLP:AMBER", 1L);
    assertThat(total(tally.receivedBy("DE-CERT").orElseThrow())).isEqualTo(1);
    assertThat(tally.receivedBy("IT-CERT")).isEmpty();
  }

  @Test
  @DisplayName("times a hop from when the sharer held the alert to its delivery onwards")
  void timeToSharePerHop() {
    tally.apply(recorded(List.of(participant("FR-CERT"), participant("DE-CERT"))));
    tally.apply(new MselPlanned(RUN, List.of(inject("a1", "Share early")), false));
    tally.apply(delivered("a1", "FR-OP1", "FR-CERT", "TLP:AMBER", 10));
    tally.apply(delivered("a1", "FR-OP1", "DE-CERT", "TLP:AMBER", 40, "FR-CERT"));
    tally.apply(delivered("a1", "FR-OP1", "IT-CERT", "TLP:AMBER", 70, "FR-CERT"));
    tally.apply(delivered("n1", "FR-OP1", "FR-CERT", "TLP:GREEN", 80));
    tally.apply(delivered("n1", "FR-OP1", "DE-CERT", "TLP:GREEN", 90, "FR-CERT"));

    assertThat(tally.hops())
        .containsExactly(
            new ShareHops.Hop("FR-CERT", "DE-CERT", 2, 1, 30L, 30L),
            new ShareHops.Hop("FR-CERT", "IT-CERT", 1, 1, 60L, 60L));
    assertThat(tally.organisationFlows(10))
        .contains(new FlowRow("FR-CERT", "DE-CERT", "TLP:AMBER", 1, 0))
        .contains(new FlowRow("FR-OP1", "FR-CERT", "TLP:AMBER", 1, 0));
  }

  @Test
  @DisplayName(
      "times a source's own share from its report, as its alert's own decision says; once per"
          + " alert in the run's series, however many decisions deliver it")
  void sourceSharesFromItsReport() {
    tally.apply(recorded(List.of(participant("FR-CERT"), participant("DE-CERT"))));
    tally.apply(
        new SharingDecided(
            RUN,
            new SharingDecisionView(
                "a1", "FR-CERT", "TLP:AMBER", null, at(10), List.of("DE-CERT", "IT-CERT"))));
    tally.apply(
        new SharingDecided(
            RUN,
            new SharingDecisionView(
                "a1", "FR-CERT", "TLP:AMBER", "FR-CERT", at(100), List.of("PL-CERT"))));
    tally.apply(
        new SharingDecided(
            RUN, new SharingDecisionView("a2", "FR-CERT", "TLP:RED", null, at(20), List.of())));

    assertThat(tally.hops())
        .containsExactly(new ShareHops.Hop("FR-CERT", "PL-CERT", 1, 1, 90L, 90L));
    Series series = tally.picture(PictureQuery.ALL).series();
    assertThat(total(series)).as("a1 once; a2 delivered to no one is not counted").isEqualTo(1);
    assertThat(tally.organisationFlows(10))
        .contains(new FlowRow("FR-CERT", "DE-CERT", "TLP:AMBER", 1, 0))
        .contains(new FlowRow("FR-CERT", "IT-CERT", "TLP:AMBER", 1, 0))
        .contains(new FlowRow("FR-CERT", "PL-CERT", "TLP:AMBER", 1, 0));
  }
}
