package org.certex.dashboard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.scores.TallyEvents.RUN;
import static org.certex.dashboard.scores.TallyEvents.delivered;
import static org.certex.dashboard.scores.TallyEvents.participant;
import static org.certex.dashboard.scores.TallyEvents.recorded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.live.LiveEvent;
import org.certex.dashboard.live.LiveSubscriber;
import org.certex.dashboard.live.LiveSubscriberTest;
import org.certex.dashboard.scores.PictureQuery;
import org.certex.dashboard.scores.PictureView;
import org.certex.dashboard.scores.RunTally;
import org.certex.dashboard.views.ViewChange.Tallied;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The views feed each run's tally and tell of its changes at most once a second")
class ExerciseViewsTallyTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final AtomicLong wallClock = new AtomicLong(42 * SECOND);
  private final ExerciseViews views = new ExerciseViews(100, wallClock::get);

  @Test
  @DisplayName("a change is told at once, the next ones a second after, the last one never lost")
  void tallyIsThrottled() {
    assertThat(views.dueTallies()).isEmpty();
    views.apply(recorded(List.of(participant("FR-CERT"))));
    assertThat(views.dueTallies()).containsExactly(new Tallied(RUN));

    views.apply(delivered("a1", "DE-CERT", "FR-CERT", "TLP:AMBER", 10));
    wallClock.addAndGet(SECOND / 2);
    assertThat(views.dueTallies()).as("within the second of the last signal").isEmpty();
    views.apply(delivered("a2", "DE-CERT", "FR-CERT", "TLP:AMBER", 20));
    wallClock.addAndGet(SECOND / 2);
    assertThat(views.dueTallies()).containsExactly(new Tallied(RUN));
    wallClock.addAndGet(5 * SECOND);
    assertThat(views.dueTallies()).as("nothing changed since").isEmpty();
  }

  @Test
  @DisplayName("an event that changes no score is not told, and another run is told on its own")
  void onlyChangesAreTold() {
    views.apply(recorded(List.of(participant("FR-CERT"))));
    views.dueTallies();
    wallClock.addAndGet(2 * SECOND);
    views.apply(recorded(List.of(participant("FR-CERT"))));
    assertThat(views.dueTallies()).isEmpty();

    views.apply(
        new ExerciseEvent.SharingDecided(
            "other-run", delivered("a1", "DE-CERT", "FR-CERT", "TLP:AMBER", 10).decision()));
    assertThat(views.dueTallies()).containsExactly(new Tallied("other-run"));
  }

  @Test
  @DisplayName("a run's scores and picture are read through the views; an unknown run has none")
  void tallyIsReadThroughTheViews() {
    views.apply(recorded(List.of(participant("FR-CERT"))));
    views.apply(delivered("a1", "DE-CERT", "FR-CERT", "TLP:AMBER", 10));

    assertThat(views.tallyOf(RUN, tally -> tally.picture(PictureQuery.ALL)).orElseThrow().flows())
        .extracting(PictureView.FlowRow::count)
        .containsExactly(1L);
    assertThat(views.tallyOf("no-such-run", RunTally::scores)).isEmpty();
  }

  @Test
  @DisplayName("the tally signal reaches exercise control's streams only, as an empty tally event")
  void tallyEventIsForControlOnly() {
    LiveSubscriber.Limits limits = new LiveSubscriber.Limits(10, 1 << 16);
    LiveSubscriber control =
        new LiveSubscriber(
            new LiveSubscriberTest.FakeSink(),
            RUN,
            AccessRole.CONTROL,
            limits,
            Runnable::run,
            s -> {});
    LiveSubscriber team =
        new LiveSubscriber(
            new LiveSubscriberTest.FakeSink(),
            RUN,
            AccessRole.cert("FR-CERT"),
            limits,
            Runnable::run,
            s -> {});
    assertThat(control.wants(new Tallied(RUN))).isTrue();
    assertThat(team.wants(new Tallied(RUN))).isFalse();
    LiveEvent event = LiveEvent.of(new Tallied(RUN), AccessRole.CONTROL).orElseThrow();
    assertThat(LiveEvent.of(new Tallied(RUN), AccessRole.cert("FR-CERT"))).isEmpty();
    assertThat(event.name()).isEqualTo(LiveEvent.TALLY);
    assertThat(event.data()).isEqualTo(java.util.Map.of());
  }
}
