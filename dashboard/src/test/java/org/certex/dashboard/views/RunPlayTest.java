package org.certex.dashboard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;
import static org.certex.dashboard.PlayFixtures.acted;
import static org.certex.dashboard.PlayFixtures.action;
import static org.certex.dashboard.PlayFixtures.attribution;
import static org.certex.dashboard.PlayFixtures.clock;
import static org.certex.dashboard.PlayFixtures.contingency;
import static org.certex.dashboard.PlayFixtures.expectation;
import static org.certex.dashboard.PlayFixtures.fired;
import static org.certex.dashboard.PlayFixtures.incident;
import static org.certex.dashboard.PlayFixtures.largeScale;
import static org.certex.dashboard.PlayFixtures.member;
import static org.certex.dashboard.PlayFixtures.message;
import static org.certex.dashboard.PlayFixtures.minute;
import static org.certex.dashboard.PlayFixtures.settled;
import static org.certex.dashboard.PlayFixtures.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.live.LiveEvent;
import org.certex.dashboard.scores.AttributionPicture;
import org.certex.dashboard.views.ExerciseEvent.ControlApplied;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseEvent.IncidentChanged;
import org.certex.dashboard.views.ExerciseEvent.MselPlanned;
import org.certex.dashboard.views.ViewChange.ExpectationMoved;
import org.certex.dashboard.views.ViewChange.IncidentSeen;
import org.certex.dashboard.views.ViewChange.InjectAdded;
import org.certex.dashboard.views.ViewChange.MessageDelivered;
import org.certex.schemas.IncidentVisibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The fold of the exercise as played, without Kafka")
class RunPlayTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final String EE = "CERT-EE"; // the source of every fixture delivery

  private final ExerciseViews views = new ExerciseViews(10);

  @BeforeEach
  void recordTheRun() {
    views.apply(runRecorded(RUN, Instant.EPOCH));
  }

  private <T> T read(Function<RunLedger, T> query) {
    return views.read(RUN, query).orElseThrow();
  }

  private List<TeamExpectationView> expectationsOf(String cert) {
    return read(run -> run.play().msel().expectationsOf(cert));
  }

  private List<ControlFactView> controlLog() {
    return read(run -> run.play().controlLog());
  }

  private List<DeadLetterView> deadLetters() {
    return read(run -> run.play().deadLetters());
  }

  /** Of {@code cert}, or all for null. */
  private List<ReportingClockView> clocksOf(String cert) {
    return read(
        run ->
            cert == null
                ? run.play().situation().clocks().all()
                : run.play().situation().clocks().of(cert));
  }

  private List<IncidentView> incidentsOf(String cert) {
    return read(run -> run.play().situation().incidents().of(cert));
  }

  private AttributionPicture attributionOf(String cert) {
    return read(
        run ->
            cert == null
                ? run.play().situation().attribution().whole()
                : run.play().situation().attribution().of(cert, run.countryOf(cert)));
  }

  private List<ActionView> actionsOf(String cert) {
    return read(run -> cert == null ? run.play().teams().all() : run.play().teams().of(cert));
  }

  private List<PermissionRequestView> permissionRequestsTo(String cert) {
    return read(run -> run.play().teams().permissionRequestsTo(cert));
  }

  private ClockView exerciseClock() {
    return read(RunLedger::clock);
  }

  @Nested
  @DisplayName("the MSEL")
  class Msel {

    @BeforeEach
    void plan() {
      views.apply(
          new MselPlanned(
              RUN,
              List.of(
                  timeline("i1", 1, expectation("e1", FR, "acknowledge", 10, "c1")),
                  timeline("i2", 30, expectation("e2", DE, "report early-warning", 60, null)),
                  contingency("c1")),
              false));
    }

    private List<MselRow> rows() {
      return read(run -> run.play().msel().rows());
    }

    @Test
    @DisplayName("before anything fired: every inject PENDING, every expectation NOT_OPEN")
    void asPlanned() {
      assertThat(rows())
          .extracting(MselRow::injectId, MselRow::offset, MselRow::placement, MselRow::state)
          .containsExactly(
              tuple("i1", "PT1M", "TIMELINE", "PENDING"),
              tuple("i2", "PT30M", "TIMELINE", "PENDING"),
              tuple("c1", null, "CONTINGENCY", "PENDING"));
      MselRow.Expectation e1 = rows().get(0).expectations().get(0);
      assertThat(e1.state()).isEqualTo("NOT_OPEN");
      assertThat(e1.within()).isEqualTo("PT10M");
      assertThat(e1.deadline()).isNull();
      assertThat(expectationsOf(FR)).isEmpty();
    }

    @Test
    @DisplayName(
        "an inject fires and its expectation opens; missed, its contingency fires; late, it says"
            + " so")
    void injectsFireAndExpectationsSettle() {
      List<ViewChange> changes = views.apply(fired(RUN, "i1", "timeline", 1));

      assertThat(changes).hasSize(2).first().isInstanceOf(InjectAdded.class);
      assertThat(changes.get(1))
          .isInstanceOfSatisfying(
              ExpectationMoved.class,
              moved -> {
                assertThat(moved.who()).isEqualTo(FR);
                assertThat(moved.settled()).as("only opened").isNull();
                assertThat(moved.team().state()).isEqualTo("OPEN");
                assertThat(moved.team().deadline()).isEqualTo(minute(11));
              });
      MselRow i1 = rows().get(0);
      assertThat(i1.state()).isEqualTo("FIRED");
      assertThat(i1.firedAt()).isEqualTo(minute(1));
      assertThat(i1.alertId()).isEqualTo("alert-i1");
      assertThat(i1.expectations().get(0).state()).isEqualTo("OPEN");
      assertThat(rows().get(1).expectations().get(0).state())
          .as("i2 has not fired")
          .isEqualTo("NOT_OPEN");

      views.apply(settled(RUN, "e1", "i1", FR, "MISSED", 11));
      views.apply(fired(RUN, "c1", "contingency:e1", 11));
      assertThat(rows().get(0).expectations().get(0).state()).isEqualTo("MISSED");
      assertThat(rows().get(2))
          .satisfies(
              c1 -> {
                assertThat(c1.state()).isEqualTo("FIRED");
                assertThat(c1.cause()).isEqualTo("contingency:e1");
              });

      views.apply(settled(RUN, "e1", "i1", FR, "LATE", 14));
      MselRow.Expectation e1 = rows().get(0).expectations().get(0);
      assertThat(e1.state()).isEqualTo("LATE");
      assertThat(e1.settledAt()).isEqualTo(minute(14));
      assertThat(expectationsOf(FR))
          .singleElement()
          .satisfies(
              own -> {
                assertThat(own.expectationId()).isEqualTo("e1");
                assertThat(own.state()).isEqualTo("LATE");
              });
      assertThat(expectationsOf(DE))
          .as("DE-CERT's expectation has not opened; FR-CERT's is not DE-CERT's")
          .isEmpty();
    }

    @Test
    @DisplayName("a manual inject of exercise control follows the plan, as MANUAL")
    void manualInject() {
      views.apply(fired(RUN, "manual-1", "manual", 7));

      assertThat(rows())
          .hasSize(4)
          .last()
          .satisfies(
              manual -> {
                assertThat(manual.injectId()).isEqualTo("manual-1");
                assertThat(manual.placement()).isEqualTo("MANUAL");
                assertThat(manual.state()).isEqualTo("FIRED");
                assertThat(manual.summary()).isEqualTo("subject manual-1");
                assertThat(manual.expectations()).isEmpty();
              });
    }

    @Test
    @DisplayName(
        "the whole run's timeline: injects fired in scenario time order, manual ones among them;"
            + " outcomes in the order first settled, a late answer in its miss's place")
    void timelineOfTheRun() {
      views.apply(fired(RUN, "i1", "timeline", 1));
      views.apply(fired(RUN, "manual-1", "manual", 7));
      views.apply(settled(RUN, "e1", "i1", FR, "MISSED", 11));
      views.apply(fired(RUN, "c1", "contingency:e1", 11));
      views.apply(fired(RUN, "i2", "timeline", 30));
      views.apply(settled(RUN, "e2", "i2", DE, "MET", 40));
      views.apply(settled(RUN, "e1", "i1", FR, "LATE", 50));

      List<FiredInjectView> fired = read(run -> run.play().firedInjects());
      List<ExpectationView> settled = read(run -> run.play().settledExpectations());
      assertThat(fired)
          .extracting(FiredInjectView::injectId, FiredInjectView::cause)
          .containsExactly(
              tuple("i1", "timeline"),
              tuple("manual-1", "manual"),
              tuple("c1", "contingency:e1"),
              tuple("i2", "timeline"));
      assertThat(settled)
          .extracting(ExpectationView::expectationId, ExpectationView::outcome)
          .containsExactly(tuple("e1", "LATE"), tuple("e2", "MET"));
    }
  }

  @Nested
  @DisplayName("the message injects")
  class Messages {

    private List<MessageView> messagesOf(String cert) {
      return read(run -> run.play().messages().of(cert));
    }

    @Test
    @DisplayName(
        "a team has the messages addressed to it, newest first, and no other; control has all on"
            + " the MSEL")
    void eachTeamItsOwn() {
      List<ViewChange> both = views.apply(message(RUN, "m1", 3, FR, DE, FR));
      views.apply(message(RUN, "m2", 5, DE));
      views.apply(fired(RUN, "i1", "timeline", 6));

      assertThat(both)
          .filteredOn(MessageDelivered.class::isInstance)
          .extracting(change -> ((MessageDelivered) change).message().recipient())
          .as("once per recipient")
          .containsExactly(FR, DE);
      assertThat(both).first().isInstanceOf(InjectAdded.class);
      assertThat(messagesOf(FR))
          .singleElement()
          .isEqualTo(
              new MessageView(
                  "m1", FR, "SIMCELL", "phone-call", "subject m1", "body m1", minute(3)));
      assertThat(messagesOf(DE)).extracting(MessageView::injectId).containsExactly("m2", "m1");
      assertThat(messagesOf(EE)).as("not addressed to CERT-EE").isEmpty();
      List<MselRow> msel = read(run -> run.play().msel().rows());
      assertThat(msel)
          .extracting(MselRow::injectId)
          .as("exercise control reads every inject on the MSEL")
          .containsExactly("m1", "m2", "i1");
    }

    @Test
    @DisplayName("an alert inject is no message; a redelivered message is shown once")
    void alertsAndRedeliveries() {
      assertThat(views.apply(fired(RUN, "i1", "timeline", 1)))
          .noneMatch(MessageDelivered.class::isInstance);
      views.apply(message(RUN, "m1", 3, FR));

      assertThat(views.apply(message(RUN, "m1", 3, FR)))
          .noneMatch(MessageDelivered.class::isInstance);
      assertThat(messagesOf(FR)).extracting(MessageView::injectId).containsExactly("m1");
    }

    @Test
    @DisplayName("a team keeps its latest " + TeamMessages.PER_TEAM + " messages")
    void bounded() {
      for (int i = 0; i <= TeamMessages.PER_TEAM; i++) {
        views.apply(message(RUN, "m" + i, 1, FR));
      }
      List<MessageView> kept = messagesOf(FR);
      assertThat(kept).hasSize(TeamMessages.PER_TEAM);
      assertThat(kept.get(0).injectId()).isEqualTo("m" + TeamMessages.PER_TEAM);
      assertThat(kept).extracting(MessageView::injectId).doesNotContain("m0");
    }
  }

  @Test
  @DisplayName("control facts and dead letters: newest first, bounded")
  void controlLogAndDeadLetters() {
    for (int i = 0; i < RunPlay.CONTROL_FACTS + 5; i++) {
      views.apply(
          new ControlApplied(
              RUN,
              new ControlFactView(
                  "SPEED",
                  "req-" + i,
                  null,
                  "cli",
                  minute(i),
                  60.0,
                  false,
                  false,
                  null,
                  null,
                  null)));
    }
    views.apply(new DeadLettered(RUN, "no addressees", "certex." + RUN + ".alerts", minute(3)));

    List<ControlFactView> log = controlLog();
    assertThat(log).hasSize(RunPlay.CONTROL_FACTS);
    assertThat(log.get(0).requestId()).isEqualTo("req-" + (RunPlay.CONTROL_FACTS + 4));
    assertThat(deadLetters())
        .containsExactly(
            new DeadLetterView("no addressees", "certex." + RUN + ".alerts", minute(3)));
    assertThat(views.run(RUN).orElseThrow().deadLetters()).isOne();
  }

  @Nested
  @DisplayName("what each CERT sees")
  class Visibility {

    @Test
    @DisplayName(
        "a CSIRT gets its entity's NIS2 clock only once it holds the entity's alert, page and"
            + " stream alike (docs/SITUATION.md: a clock names its incident)")
    void clockOfAnAlertTheCsirtDoesNotHold() {
      AccessRole fr = AccessRole.cert(FR);
      AccessRole acme = AccessRole.cert("ACME-FR");
      List<ViewChange> opened = views.apply(clock(RUN, "a1", "ACME-FR", FR, "OPENED"));

      assertThat(clocksOf(FR)).as("the policy delivered a1 to FR-CERT not yet").isEmpty();
      assertThat(opened)
          .as("nor does its stream name a1")
          .allSatisfy(change -> assertThat(LiveEvent.of(change, fr)).isEmpty());
      assertThat(clocksOf("ACME-FR")).as("the entity owes it").hasSize(1);
      assertThat(opened).anySatisfy(change -> assertThat(LiveEvent.of(change, acme)).isPresent());

      List<ViewChange> delivered = views.apply(delivered(RUN, "a1", FR));

      assertThat(clocksOf(FR)).extracting(ReportingClockView::incidentId).containsExactly("a1");
      assertThat(delivered)
          .as("the stream tells the CSIRT of the clock once it holds the alert")
          .anySatisfy(
              change -> assertThat(LiveEvent.of(change, fr)).map(LiveEvent::name).contains("nis2"));
      assertThat(delivered)
          .as("and no one else anew")
          .allSatisfy(change -> assertThat(LiveEvent.of(change, AccessRole.cert(DE))).isEmpty());
    }

    @Test
    @DisplayName("a CERT gets the NIS2 clocks of its entity or as the CSIRT, never another's")
    void clocks() {
      views.apply(delivered(RUN, "a1", FR));
      views.apply(delivered(RUN, "a2", DE));
      views.apply(clock(RUN, "a1", "ACME-FR", FR, "OPENED"));
      views.apply(clock(RUN, "a2", "ACME-DE", DE, "OPENED"));
      views.apply(clock(RUN, "a1", "ACME-FR", FR, "MET"));

      assertThat(clocksOf(FR))
          .singleElement()
          .satisfies(c -> assertThat(c.state()).as("the latest state per clock").isEqualTo("MET"));
      assertThat(clocksOf("ACME-DE"))
          .extracting(ReportingClockView::incidentId)
          .containsExactly("a2");
      assertThat(clocksOf(null))
          .extracting(ReportingClockView::incidentId)
          .as("the most recently changed first")
          .containsExactly("a1", "a2");
    }

    @Test
    @DisplayName(
        "a CERT sees an incident as far as it holds its members, and hears of it only when its"
            + " view changed")
    void incidents() {
      views.apply(delivered(RUN, "a1", FR));
      views.apply(delivered(RUN, "a2", DE));
      Incident first =
          incident(RUN, "INC-1", member("a1", EE, "EE"), member("a2", "DE-GRID", "DE"));

      IncidentSeen seen = incidentChange(first);

      assertThat(seen.whole().members()).hasSize(2);
      assertThat(seen.seenBy()).containsOnlyKeys(FR, DE, EE, "DE-GRID");
      assertThat(seen.seenBy().get(FR).members())
          .extracting(IncidentView.Member::alertId)
          .as("FR-CERT holds a1 only: nothing of a2, not even that it exists")
          .containsExactly("a1");
      assertThat(seen.seenBy().get(FR).countries()).containsExactly("EE");

      Incident grown =
          incident(
              RUN,
              "INC-1",
              member("a1", EE, "EE"),
              member("a2", "DE-GRID", "DE"),
              member("a3", "PL-WATER", "PL"));
      IncidentSeen again = incidentChange(grown);
      assertThat(again.seenBy())
          .as("a3 changes no view but its source's")
          .containsOnlyKeys("PL-WATER");

      List<ViewChange> delivery = views.apply(delivered(RUN, "a3", FR));
      assertThat(delivery)
          .filteredOn(IncidentSeen.class::isInstance)
          .singleElement()
          .isInstanceOfSatisfying(
              IncidentSeen.class,
              change -> {
                assertThat(change.whole()).as("nothing new for exercise control").isNull();
                assertThat(change.seenBy().get(FR).members()).hasSize(2);
              });
      assertThat(incidentsOf(FR).get(0).members())
          .extracting(IncidentView.Member::alertId)
          .containsExactly("a1", "a3");
      assertThat(incidentsOf("NO-ONE")).isEmpty();

      IncidentSeen escalated = incidentChange(largeScale(grown, "notice-1", "EE", "DE", "PL"));
      assertThat(escalated.whole().largeScale().declaredBy()).isEqualTo("EE-CERT");
      assertThat(escalated.seenBy().get(FR).largeScale())
          .as("FR-CERT does not hold the notice: only that it was escalated, in what it sees")
          .satisfies(
              ls -> {
                assertThat(ls.reason()).isEqualTo(IncidentVisibility.ESCALATED);
                assertThat(ls.declaredBy()).isNull();
                assertThat(ls.memberStates()).containsExactly("EE", "PL");
              });

      Incident merged =
          Incident.newBuilder(grown)
              .setEvent(IncidentEvent.MERGED)
              .setMergedInto("INC-2")
              .setLargeScale(null)
              .build();
      IncidentSeen ended = incidentChange(merged);
      assertThat(ended.seenBy())
          .as("the merge changes every holder's view, though no one holds another member")
          .containsOnlyKeys(FR, DE, EE, "DE-GRID", "PL-WATER")
          .allSatisfy((cert, view) -> assertThat(view.mergedInto()).isEqualTo("INC-2"));
      assertThat(incidentChange(merged).seenBy()).as("the same record again").isEmpty();
    }

    private IncidentSeen incidentChange(Incident incident) {
      return (IncidentSeen) views.apply(new IncidentChanged(RUN, incident)).get(0);
    }

    @Test
    @DisplayName(
        "attribution: a CERT sees proposals, outcomes and its own assessments and votes; never"
            + " another's")
    void attributionRecords() {
      views.apply(attribution(RUN, "ASSESSMENT", FR, "FR", null));
      views.apply(attribution(RUN, "ASSESSMENT", DE, "DE", null));
      views.apply(attribution(RUN, "PROPOSAL_OPENED", DE, "DE", "p1"));
      views.apply(attribution(RUN, "VOTE", DE, "DE", "p1"));
      views.apply(attribution(RUN, "VOTE", FR, "FR", "p1"));
      views.apply(attribution(RUN, "ADOPTED", null, null, "p1"));

      AttributionPicture fr = attributionOf(FR);
      assertThat(fr.records())
          .extracting(AttributionView::kind, AttributionView::by)
          .containsExactly(
              tuple("ADOPTED", null),
              tuple("VOTE", FR),
              tuple("PROPOSAL_OPENED", DE),
              tuple("ASSESSMENT", FR));
      assertThat(fr.proposals())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.state()).isEqualTo("ADOPTED");
                assertThat(p.votes()).as("no team sees how others voted").isNull();
              });
      AttributionPicture whole = attributionOf(null);
      assertThat(whole.records()).hasSize(6);
      assertThat(whole.proposals().get(0).votes())
          .containsExactlyInAnyOrderEntriesOf(Map.of("DE", "APPROVE", "FR", "APPROVE"));
    }

    @Test
    @DisplayName(
        "a coordinated attribution: the CERTs of the states that are part of it see it, no other"
            + " team, on the page and on the stream")
    void coordinatedAttributionForItsStates() {
      AttributionView declared =
          attribution(RUN, "COORDINATED_ATTRIBUTION", DE, null, null).record();
      AttributionView byDe =
          new AttributionView(
              declared.kind(),
              declared.subject(),
              declared.actor(),
              declared.by(),
              declared.memberState(),
              declared.confidence(),
              declared.proposalId(),
              null,
              null,
              null,
              null,
              List.of("DE", "EE"),
              List.of(),
              List.of(),
              List.of(),
              "",
              null,
              null,
              null,
              false,
              declared.at());

      List<ViewChange> changes = views.apply(new ExerciseEvent.AttributionRecorded(RUN, byDe));

      assertThat(attributionOf(DE).records())
          .extracting(AttributionView::kind)
          .containsExactly("COORDINATED_ATTRIBUTION");
      assertThat(attributionOf(FR).records()).as("France is not part of it").isEmpty();
      assertThat(attributionOf(null).records()).hasSize(1);
      ViewChange told = changes.get(0);
      assertThat(LiveEvent.of(told, AccessRole.cert(DE))).isPresent();
      assertThat(LiveEvent.of(told, AccessRole.cert(FR))).isEmpty();
    }

    @Test
    @DisplayName(
        "actions: a team's own; a permission request for the alert's source, granted once it"
            + " grants")
    void actionsAndPermissionRequests() {
      views.apply(delivered(RUN, "b1", FR));
      views.apply(delivered(RUN, "b1", DE));
      views.apply(acted(RUN, action("ack-1", FR, "ACKNOWLEDGE", "b1")));
      views.apply(acted(RUN, action("ask-1", DE, "REQUEST_PERMISSION", "b1", "PL-CERT")));
      assertThat(views.apply(acted(RUN, action("ack-1", FR, "ACKNOWLEDGE", "b1"))))
          .as("a redelivered action")
          .isEmpty();

      assertThat(actionsOf(FR)).extracting(ActionView::actionId).containsExactly("ack-1");
      assertThat(actionsOf(null))
          .extracting(ActionView::actionId)
          .containsExactly("ask-1", "ack-1");
      assertThat(permissionRequestsTo(FR)).isEmpty();
      assertThat(permissionRequestsTo(EE))
          .singleElement()
          .satisfies(
              request -> {
                assertThat(request.requestedBy()).isEqualTo(DE);
                assertThat(request.targets()).containsExactly("PL-CERT");
                assertThat(request.granted()).isFalse();
              });

      views.apply(acted(RUN, action("grant-1", EE, "GRANT_PERMISSION", "b1", "PL-CERT")));
      assertThat(permissionRequestsTo(EE))
          .singleElement()
          .satisfies(request -> assertThat(request.granted()).isTrue());
    }
  }

  @Test
  @DisplayName(
      "the clock: the scenario start before the engine says, held as the run's record says")
  void clockView() {
    views.apply(new MselPlanned(RUN, List.of(), true));
    views.apply(delivered(RUN, "a1", FR, 9));
    ClockView before = exerciseClock();
    assertThat(before.scenarioTime())
        .as("never a delivery's time")
        .isEqualTo(ExerciseFixtures.SCENARIO_START);
    assertThat(before.held()).isTrue();
    assertThat(before.status()).isEqualTo("RUNNING");

    views.apply(new ExerciseEvent.ClockReported(RUN, minute(3), 120.0, true, false));
    assertThat(exerciseClock()).isEqualTo(new ClockView(minute(3), 120.0, true, false, "RUNNING"));
  }
}
