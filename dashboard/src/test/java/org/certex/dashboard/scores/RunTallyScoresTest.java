package org.certex.dashboard.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.dashboard.scores.TallyEvents.RUN;
import static org.certex.dashboard.scores.TallyEvents.acted;
import static org.certex.dashboard.scores.TallyEvents.clock;
import static org.certex.dashboard.scores.TallyEvents.decided;
import static org.certex.dashboard.scores.TallyEvents.delivered;
import static org.certex.dashboard.scores.TallyEvents.expect;
import static org.certex.dashboard.scores.TallyEvents.fired;
import static org.certex.dashboard.scores.TallyEvents.inject;
import static org.certex.dashboard.scores.TallyEvents.participant;
import static org.certex.dashboard.scores.TallyEvents.recorded;
import static org.certex.dashboard.scores.TallyEvents.settled;

import java.util.List;
import java.util.Map;
import org.certex.dashboard.scores.ClockCompliance.Counts;
import org.certex.dashboard.scores.ResponseTimes.Times;
import org.certex.dashboard.scores.ScoresView.ReasonCount;
import org.certex.dashboard.scores.ScoresView.TeamScore;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The evaluators' scores, folded from a run's events")
class RunTallyScoresTest {

  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String AMBER = "TLP:AMBER";

  private final RunTally tally = new RunTally();

  @BeforeEach
  void planTheDrill() {
    tally.apply(recorded(List.of(participant(FR), participant(DE), participant("IT-CERT"))));
    tally.apply(
        new MselPlanned(
            RUN,
            List.of(
                inject(
                    "inj-1", "Detect", expect("e1", FR, "acknowledge"), expect("e2", DE, "notify")),
                inject("inj-2", "Share", expect("e3", FR, "share")),
                inject("msg-1", null, expect("e4", DE, "acknowledge"))),
            false));
  }

  @Test
  @DisplayName("expectations count per team and objective once their inject fired")
  void expectationsPerTeamAndObjective() {
    assertThat(tally.scores().teams()).as("nothing opened yet").isEmpty();

    tally.apply(fired("inj-1", "inj-1", 0));
    assertThat(team(FR)).extracting(TeamScore::open, TeamScore::met).containsExactly(1, 0);

    tally.apply(settled("e1", "inj-1", FR, "MET"));
    tally.apply(settled("e2", "inj-1", DE, "MISSED"));
    tally.apply(settled("e2", "inj-1", DE, "LATE"));
    assertThat(tally.apply(settled("e1", "inj-1", FR, "MISSED")))
        .as("a met expectation stays met")
        .isFalse();
    tally.apply(fired("inj-2", "inj-2", 60));
    tally.apply(settled("e3", "inj-2", FR, "MISSED"));
    tally.apply(fired("msg-1", null, 120));

    assertThat(tally.scores().teams())
        .extracting(
            TeamScore::team, TeamScore::met, TeamScore::late, TeamScore::missed, TeamScore::open)
        .containsExactly(tuple(DE, 0, 1, 0, 1), tuple(FR, 1, 0, 1, 0));
    assertThat(tally.scores().objectives())
        .extracting(o -> tuple(o.objective(), o.met(), o.late(), o.missed(), o.open()))
        .containsExactly(
            tuple(ExpectationTally.NO_OBJECTIVE, 0, 0, 0, 1),
            tuple("Detect", 1, 1, 0, 0),
            tuple("Share", 0, 0, 1, 0));
  }

  @Test
  @DisplayName("time to acknowledge, notify and share runs from the delivery of an inject alert")
  void responseTimesOfInjectAlerts() {
    tally.apply(fired("inj-1", "inj-1", 0));
    tally.apply(delivered("inj-1", "EE-CERT", FR, AMBER, 60));
    tally.apply(delivered("inj-1", "EE-CERT", FR, AMBER, 90, DE));
    tally.apply(delivered("inj-1", "EE-CERT", DE, AMBER, 120));
    tally.apply(delivered("inj-2", "EE-CERT", FR, AMBER, 60));
    tally.apply(delivered("noise-1", "EE-CERT", FR, AMBER, 60));
    tally.apply(acted("a1", FR, "ACKNOWLEDGE", "inj-1", 180));
    tally.apply(acted("a2", FR, "ACKNOWLEDGE", "inj-1", 900));
    tally.apply(acted("a3", FR, "ACKNOWLEDGE", "inj-2", 301));
    tally.apply(acted("a4", FR, "NOTIFY", "inj-1", 360));
    tally.apply(acted("a5", FR, "ACKNOWLEDGE", "noise-1", 61));
    tally.apply(acted("a6", DE, "SHARE", "inj-1", 119));

    assertThat(team(FR).timeToAcknowledge())
        .as("120 s and 241 s: the later acknowledgement and the noise alert do not count")
        .isEqualTo(new Times(2, 181L, 241L, 0));
    assertThat(team(FR).timeToNotify()).isEqualTo(new Times(1, 300L, 300L, 1));
    assertThat(team(FR).timeToShare()).isEqualTo(new Times(0, null, null, 2));
    assertThat(team(DE).timeToAcknowledge()).isEqualTo(new Times(0, null, null, 1));
    assertThat(team(DE).timeToShare())
        .as("an action folded before its delivery counts as no time, not as negative")
        .isEqualTo(new Times(1, 0L, 0L, 0));
  }

  @Test
  @DisplayName("a manual inject's alert is timed once its InjectFired named it")
  void manualInjectAlertsAreTimed() {
    tally.apply(delivered("manual-1", "EE-CERT", FR, AMBER, 10));
    tally.apply(fired("manual-2", "manual-2", 0));
    tally.apply(delivered("manual-2", "EE-CERT", FR, AMBER, 10));
    tally.apply(acted("a1", FR, "ACKNOWLEDGE", "manual-1", 20));
    tally.apply(acted("a2", FR, "ACKNOWLEDGE", "manual-2", 40));

    assertThat(team(FR).timeToAcknowledge()).isEqualTo(new Times(1, 30L, 30L, 0));
  }

  @Test
  @DisplayName("refused share attempts count per team and per reason code")
  void refusedShares() {
    tally.apply(decided("s1", FR, "inj-1", DE, "IT-CERT:RED_NOT_NAMED", "ES-CERT:RED_NOT_NAMED"));
    tally.apply(decided("s2", FR, "inj-1", "PL-CERT:NOT_A_PARTICIPANT"));
    tally.apply(decided("s3", DE, "inj-1", "IT-CERT:RED_NOT_NAMED"));
    tally.apply(decided("s4", DE, "inj-1", FR));

    assertThat(team(FR).refusedShares()).isEqualTo(3);
    assertThat(team(DE).refusedShares()).isEqualTo(1);
    assertThat(tally.scores().refusals())
        .containsExactly(
            new ReasonCount("RED_NOT_NAMED", 3), new ReasonCount("NOT_A_PARTICIPANT", 1));
  }

  @Test
  @DisplayName("NIS2 clocks count by their latest state: met, late, missed, open")
  void clockCompliance() {
    for (String report : List.of("EARLY_WARNING", "NOTIFICATION", "INTERMEDIATE", "FINAL")) {
      tally.apply(clock("INC-1", report, "OPENED"));
    }
    tally.apply(clock("INC-1", "EARLY_WARNING", "DUE_SOON"));
    tally.apply(clock("INC-1", "EARLY_WARNING", "MET"));
    tally.apply(clock("INC-1", "NOTIFICATION", "MISSED"));
    tally.apply(clock("INC-1", "NOTIFICATION", "LATE"));
    tally.apply(clock("INC-1", "INTERMEDIATE", "MISSED"));

    assertThat(tally.scores().clocks()).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(tally.clockChanges())
        .as("every change counted by report and state, a late answer under missed and late")
        .containsExactly(
            Map.entry("early-warning", Map.of("opened", 1L, "due-soon", 1L, "met", 1L)),
            Map.entry("final", Map.of("opened", 1L)),
            Map.entry("intermediate", Map.of("opened", 1L, "missed", 1L)),
            Map.entry("notification", Map.of("opened", 1L, "missed", 1L, "late", 1L)));
  }

  @Test
  @DisplayName("every event that moves a score says so, and no other does")
  void applySaysWhatChanged() {
    assertThat(tally.apply(fired("inj-1", "inj-1", 0))).isTrue();
    assertThat(tally.apply(settled("e1", "inj-1", FR, "MET"))).isTrue();
    assertThat(tally.apply(settled("e1", "inj-1", FR, "MET"))).isFalse();
    assertThat(tally.apply(clock("INC-1", "FINAL", "DUE_SOON"))).isFalse();
    assertThat(tally.apply(acted("a1", FR, "CLASSIFY", "inj-1", 10))).isFalse();
    assertThat(tally.apply(delivered("noise-1", "EE-CERT", FR, AMBER, 60))).isTrue();
    assertThat(tally.apply(decided("s1", FR, "noise-1", DE))).isFalse();
  }

  private TeamScore team(String team) {
    return tally.scores().teams().stream()
        .filter(t -> t.team().equals(team))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no score for " + team));
  }
}
