package org.certex.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.PlayFixtures.action;
import static org.certex.dashboard.PlayFixtures.minute;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certex.dashboard.PlayFixtures;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.views.ClockView;
import org.certex.dashboard.views.ControlFactView;
import org.certex.dashboard.views.DeadLetterView;
import org.certex.dashboard.views.ExpectationView;
import org.certex.dashboard.views.IncidentView;
import org.certex.dashboard.views.MessageView;
import org.certex.dashboard.views.ReportingClockView;
import org.certex.dashboard.views.TeamExpectationView;
import org.certex.dashboard.views.ViewChange;
import org.certex.dashboard.views.ViewChange.ActionAdded;
import org.certex.dashboard.views.ViewChange.AttributionAdded;
import org.certex.dashboard.views.ViewChange.ClockMoved;
import org.certex.dashboard.views.ViewChange.ControlFactAdded;
import org.certex.dashboard.views.ViewChange.DeadLetterAdded;
import org.certex.dashboard.views.ViewChange.ExpectationMoved;
import org.certex.dashboard.views.ViewChange.IncidentSeen;
import org.certex.dashboard.views.ViewChange.InjectAdded;
import org.certex.dashboard.views.ViewChange.MessageDelivered;
import org.certex.dashboard.views.ViewChange.ReportingClockMoved;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who gets which live event")
class LiveEventTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final AccessRole CONTROL = AccessRole.CONTROL;
  private static final AccessRole FR = AccessRole.cert("FR-CERT");
  private static final AccessRole DE = AccessRole.cert("DE-CERT");
  private static final AccessRole EE = AccessRole.cert("CERT-EE");

  @Test
  @DisplayName("everyone gets the exercise clock")
  void clockForEveryone() {
    ClockMoved moved = new ClockMoved(RUN, new ClockView(minute(3), 60.0, false, false, "RUNNING"));
    for (AccessRole audience : List.of(CONTROL, FR, DE)) {
      assertThat(LiveEvent.of(moved, audience))
          .hasValueSatisfying(event -> assertThat(event.name()).isEqualTo("clock"));
    }
  }

  @Test
  @DisplayName("control facts, fired injects and dead letters go to exercise control only")
  void controlOnly() {
    List<ViewChange> changes =
        List.of(
            new ControlFactAdded(
                RUN,
                new ControlFactView(
                    "PAUSE", "r1", null, "cli", minute(1), 60.0, true, false, null, null, null)),
            new InjectAdded(RUN, PlayFixtures.fired(RUN, "i1", "timeline", 1).inject()),
            new DeadLetterAdded(RUN, new DeadLetterView("bad", "certex.x.alerts", minute(2))));
    assertThat(changes)
        .extracting(change -> LiveEvent.of(change, CONTROL).map(LiveEvent::name).orElseThrow())
        .containsExactly("control", "inject", "dead-letter");
    assertThat(changes)
        .as("evaluators read everything exercise control reads")
        .extracting(
            change -> LiveEvent.of(change, AccessRole.EVALUATOR).map(LiveEvent::name).orElseThrow())
        .containsExactly("control", "inject", "dead-letter");
    for (ViewChange change : changes) {
      assertThat(LiveEvent.of(change, FR)).as(change.toString()).isEmpty();
    }
  }

  @Test
  @DisplayName("a message inject: its recipient's team, exercise control and evaluators; no other")
  void messages() {
    MessageView message =
        new MessageView("m1", "FR-CERT", "SIMCELL", "phone-call", "Call", "body", minute(2));
    MessageDelivered delivered = new MessageDelivered(RUN, message);
    for (AccessRole audience : List.of(FR, CONTROL, AccessRole.EVALUATOR)) {
      assertThat(LiveEvent.of(delivered, audience))
          .as(audience.name())
          .contains(new LiveEvent("message", message));
    }
    assertThat(LiveEvent.of(delivered, DE)).isEmpty();
    assertThat(LiveEvent.of(delivered, EE)).isEmpty();
  }

  @Test
  @DisplayName(
      "an expectation: its team sees it open and settle, without description; control sees it"
          + " settled")
  void expectations() {
    TeamExpectationView open =
        new TeamExpectationView("e1", "acknowledge", "OPEN", minute(11), null);
    ExpectationMoved opened = new ExpectationMoved(RUN, "FR-CERT", null, open);
    assertThat(LiveEvent.of(opened, FR)).contains(new LiveEvent("expectation", open));
    assertThat(LiveEvent.of(opened, DE)).isEmpty();
    assertThat(LiveEvent.of(opened, CONTROL)).as("control has the inject event").isEmpty();

    ExpectationView outcome =
        new ExpectationView(
            "e1", "i1", "FR-CERT", "acknowledge", "MET", minute(11), "a", minute(4));
    TeamExpectationView met =
        new TeamExpectationView("e1", "acknowledge", "MET", minute(11), minute(4));
    ExpectationMoved settled = new ExpectationMoved(RUN, "FR-CERT", outcome, met);
    assertThat(LiveEvent.of(settled, CONTROL)).contains(new LiveEvent("expectation", outcome));
    assertThat(LiveEvent.of(settled, FR)).contains(new LiveEvent("expectation", met));
    assertThat(LiveEvent.of(settled, DE)).isEmpty();
  }

  @Test
  @DisplayName(
      "a NIS2 clock goes to exercise control and the teams the fold lets see it; no one else")
  void reportingClocks() {
    ReportingClockView clock =
        new ReportingClockView(
            "a1",
            "ACME-FR",
            "FR-CERT",
            "EARLY_WARNING",
            "OPENED",
            minute(1),
            minute(1441),
            null,
            null,
            minute(1));
    ReportingClockMoved moved =
        new ReportingClockMoved(RUN, clock, Set.of("ACME-FR", "FR-CERT"), true);
    assertThat(LiveEvent.of(moved, CONTROL)).map(LiveEvent::name).contains("nis2");
    assertThat(LiveEvent.of(moved, FR)).isPresent();
    assertThat(LiveEvent.of(moved, AccessRole.cert("ACME-FR"))).isPresent();
    assertThat(LiveEvent.of(moved, DE)).as("never another CERT's clock").isEmpty();

    ReportingClockMoved unheld = new ReportingClockMoved(RUN, clock, Set.of("ACME-FR"), true);
    assertThat(LiveEvent.of(unheld, FR)).as("a CSIRT that does not hold a1 yet").isEmpty();

    ReportingClockMoved nowSeen = new ReportingClockMoved(RUN, clock, Set.of("FR-CERT"), false);
    assertThat(LiveEvent.of(nowSeen, FR)).isPresent();
    assertThat(LiveEvent.of(nowSeen, CONTROL)).as("control was told when it changed").isEmpty();
  }

  @Test
  @DisplayName("an incident: control the whole of it, a CERT its own view, only when it changed")
  void incidents() {
    IncidentView whole = incidentView("a1", "a2");
    IncidentView frView = incidentView("a1");
    IncidentSeen seen = new IncidentSeen(RUN, whole, Map.of("FR-CERT", frView));

    assertThat(LiveEvent.of(seen, CONTROL)).contains(new LiveEvent("incident", whole));
    assertThat(LiveEvent.of(seen, FR)).contains(new LiveEvent("incident", frView));
    assertThat(LiveEvent.of(seen, DE))
        .as("DE-CERT's view did not change (or it holds no member)")
        .isEmpty();
    IncidentSeen onlyFr = new IncidentSeen(RUN, null, Map.of("FR-CERT", frView));
    assertThat(LiveEvent.of(onlyFr, CONTROL)).isEmpty();
    assertThat(LiveEvent.sharedBy(seen, FR)).isNotEqualTo(LiveEvent.sharedBy(seen, DE));
    assertThat(LiveEvent.sharedBy(new ClockMoved(RUN, null), FR))
        .isEqualTo(LiveEvent.sharedBy(new ClockMoved(RUN, null), DE))
        .isNotEqualTo(LiveEvent.sharedBy(new ClockMoved(RUN, null), CONTROL));
  }

  @Test
  @DisplayName(
      "attribution: outcomes and proposals to all; a coordinated attribution to the states in it;"
          + " an assessment or vote to its author only")
  void attribution() {
    for (String kind : List.of("PROPOSAL_OPENED", "ADOPTED", "BLOCKED", "NOT_ADOPTED")) {
      AttributionAdded added =
          new AttributionAdded(
              RUN, PlayFixtures.attribution(RUN, kind, "DE-CERT", "DE", "p1").record());
      assertThat(LiveEvent.of(added, FR)).as(kind).isPresent();
    }
    AttributionAdded coordinated =
        new AttributionAdded(
            RUN,
            PlayFixtures.attribution(RUN, "COORDINATED_ATTRIBUTION", "DE-CERT", "DE", null)
                .record(),
            java.util.Set.of("DE-CERT"));
    assertThat(LiveEvent.of(coordinated, DE)).as("a state that is part of it").isPresent();
    assertThat(LiveEvent.of(coordinated, FR)).as("a state that is not").isEmpty();
    assertThat(LiveEvent.of(coordinated, CONTROL)).isPresent();
    for (String kind : List.of("ASSESSMENT", "ASSESSMENT_REFUSED", "VOTE", "VOTE_REFUSED")) {
      AttributionAdded added =
          new AttributionAdded(
              RUN, PlayFixtures.attribution(RUN, kind, "DE-CERT", "DE", "p1").record());
      assertThat(LiveEvent.of(added, DE)).as(kind + " of its own").isPresent();
      assertThat(LiveEvent.of(added, FR)).as(kind + " of another").isEmpty();
      assertThat(LiveEvent.of(added, CONTROL)).as(kind).isPresent();
    }
  }

  @Test
  @DisplayName(
      "an action: its team's and control's; a permission request also the alert's source's")
  void actions() {
    ActionAdded ack =
        new ActionAdded(RUN, action("ack", "FR-CERT", "ACKNOWLEDGE", "b1"), "CERT-EE");
    assertThat(LiveEvent.of(ack, FR)).isPresent();
    assertThat(LiveEvent.of(ack, CONTROL)).isPresent();
    assertThat(LiveEvent.of(ack, EE)).as("the source sees no acknowledgement").isEmpty();
    assertThat(LiveEvent.of(ack, DE)).isEmpty();

    ActionAdded ask =
        new ActionAdded(
            RUN, action("ask", "DE-CERT", "REQUEST_PERMISSION", "b1", "PL-CERT"), "CERT-EE");
    assertThat(LiveEvent.of(ask, DE)).isPresent();
    assertThat(LiveEvent.of(ask, EE)).map(LiveEvent::name).contains("action");
    assertThat(LiveEvent.of(ask, FR)).isEmpty();
    ActionAdded askUnknown =
        new ActionAdded(RUN, action("ask2", "DE-CERT", "REQUEST_PERMISSION", "b9"), null);
    assertThat(LiveEvent.of(askUnknown, EE)).as("source unknown: its source is not told").isEmpty();
  }

  @Test
  @DisplayName("a CERT's stream wants exactly what LiveEvent.of gives it")
  void subscriberFollowsTheRule() {
    LiveSubscriber fr =
        new LiveSubscriber(
            new LiveSubscriberTest.FakeSink(),
            RUN,
            FR,
            new LiveSubscriber.Limits(10, 1 << 16),
            Runnable::run,
            s -> {});
    ActionAdded ack = new ActionAdded(RUN, action("ack", "DE-CERT", "ACKNOWLEDGE", "b1"), null);
    ActionAdded own = new ActionAdded(RUN, action("own", "FR-CERT", "ACKNOWLEDGE", "b1"), null);
    assertThat(fr.wants(ack)).isFalse();
    assertThat(fr.wants(own)).isTrue();
    assertThat(fr.wants(new ActionAdded("other-run", own.action(), null))).isFalse();
  }

  private static IncidentView incidentView(String... alertIds) {
    return new IncidentView(
        "INC-1",
        "UPDATED",
        java.util.Arrays.stream(alertIds)
            .map(id -> new IncidentView.Member(id, "ORG-" + id, "EE", "energy", "HIGH", true))
            .toList(),
        List.of("EE"),
        List.of("energy"),
        minute(1),
        minute(2),
        "HIGH",
        null,
        null);
  }
}
