package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certex.avro.ActionType;
import org.certex.avro.TraineeAction;
import org.certex.producers.scenario.Branch.Outcome;
import org.certex.producers.scenario.Expectation;
import org.certex.producers.scenario.Expectation.ExpectedAction;
import org.certex.producers.scenario.Inject;
import org.certex.producers.scenario.InjectMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which expectation an action meets")
class ExpectationTrackerTest {

  private static final Instant FIRED = Drills.START.plus(Duration.ofHours(1));

  private final ExpectationTracker tracker = new ExpectationTracker();

  /** CERT-RS is expected to notify EPS within 2 h. */
  private static Expectation notifyEps(String id) {
    return new Expectation(
        id, "CERT-RS", ExpectedAction.NOTIFY, Duration.ofHours(2), List.of("EPS"), "", null);
  }

  private static Inject alertInject(String id, Expectation expected) {
    return new Inject(
        id,
        Duration.ofHours(1),
        "EPS",
        Drills.alert(id, "EPS"),
        null,
        null,
        null,
        false,
        List.of(expected),
        List.of());
  }

  private static Inject messageInject(String id, Expectation expected) {
    return new Inject(
        id,
        Duration.ofHours(1),
        "MEDIA",
        null,
        new InjectMessage(InjectMessage.Kind.PHONE_CALL, List.of("CERT-RS"), "Any news?", ""),
        null,
        null,
        false,
        List.of(expected),
        List.of());
  }

  private static TraineeAction notifyEps(String actionId, String alertId) {
    return TraineeAction.newBuilder()
        .setActionId(actionId)
        .setRunId("run-1")
        .setActor("CERT-RS")
        .setType(ActionType.NOTIFY)
        .setAlertId(alertId)
        .setTargets(List.of("EPS"))
        .setAt(FIRED.plus(Duration.ofMinutes(30)))
        .build();
  }

  private void open(Inject inject) {
    tracker.open(inject.expectations().get(0), inject, FIRED);
  }

  private String met(TraineeAction action) {
    return tracker
        .observe(action)
        .filter(r -> r.outcome() == Outcome.MET)
        .map(r -> r.tracked().expectation().id())
        .orElse("none");
  }

  @Test
  @DisplayName("an action naming an alert meets no expectation of another alert")
  void notAnotherAlert() {
    open(alertInject("inj-a", notifyEps("exp-a")));
    open(alertInject("inj-b", notifyEps("exp-b")));

    assertThat(met(notifyEps("act-1", "inj-b"))).isEqualTo("exp-b");
    assertThat(met(notifyEps("act-2", "inj-b"))).isEqualTo("none");
    assertThat(met(notifyEps("act-3", "inj-a"))).isEqualTo("exp-a");
  }

  @Test
  @DisplayName("an action naming an alert meets the expectation of that alert before a message's")
  void ownAlertFirst() {
    open(messageInject("msg-1", notifyEps("exp-m")));
    open(alertInject("inj-a", notifyEps("exp-a")));

    assertThat(met(notifyEps("act-1", "inj-a"))).isEqualTo("exp-a");
    assertThat(met(notifyEps("act-2", "inj-a"))).isEqualTo("exp-m");
  }

  @Test
  @DisplayName("an action naming no alert meets a message inject's expectation before an alert's")
  void noAlertMessagesFirst() {
    open(alertInject("inj-a", notifyEps("exp-a")));
    open(messageInject("msg-1", notifyEps("exp-m")));

    assertThat(met(notifyEps("act-1", null))).isEqualTo("exp-m");
    assertThat(met(notifyEps("act-2", null))).isEqualTo("exp-a");
  }

  @Test
  @DisplayName("a late action on its alert turns that expectation late before meeting another")
  void lateForItsOwnAlert() {
    open(alertInject("inj-a", notifyEps("exp-a")));
    tracker.expire(FIRED.plus(Duration.ofHours(3)));
    tracker.open(notifyEps("exp-m"), messageInject("msg-1", notifyEps("exp-m")), FIRED);

    assertThat(tracker.observe(notifyEps("act-1", "inj-a")))
        .hasValueSatisfying(
            r -> {
              assertThat(r.outcome()).isEqualTo(Outcome.LATE);
              assertThat(r.tracked().expectation().id()).isEqualTo("exp-a");
            });
    assertThat(met(notifyEps("act-2", null))).isEqualTo("exp-m");
  }
}
