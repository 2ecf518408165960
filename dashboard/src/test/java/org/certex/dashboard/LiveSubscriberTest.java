package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;
import static org.certex.dashboard.ExerciseFixtures.shareDecided;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.certex.dashboard.ExerciseEvent.DeadLettered;
import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@DisplayName("A browser's live stream")
class LiveSubscriberTest {

  private static final String RUN = "log4shell-20261123-090000";

  private final ExerciseViews views = new ExerciseViews(10);

  @Test
  @DisplayName("a CERT's stream carries that CERT's deliveries and the run's public facts only")
  void certStreamIsFiltered() {
    RecordingEmitter emitter = new RecordingEmitter();
    LiveSubscriber fr =
        new LiveSubscriber(emitter, RUN, AccessRole.cert("FR-CERT"), 100, Runnable::run);

    List<ViewChange> changes = new ArrayList<>();
    changes.addAll(views.apply(runRecorded(RUN, Instant.EPOCH)));
    changes.addAll(views.apply(delivered(RUN, "to-fr", "FR-CERT")));
    changes.addAll(views.apply(delivered(RUN, "to-de", "DE-CERT")));
    changes.addAll(views.apply(new DeadLettered(RUN, "TLP:RED alert about DE-CERT")));
    changes.addAll(views.apply(delivered("other-run", "other", "FR-CERT")));
    changes.forEach(fr::accept);

    assertThat(emitter.deliveries()).extracting(DeliveryView::alertId).containsExactly("to-fr");
    assertThat(emitter.sent)
        .allSatisfy(data -> assertThat(data).isInstanceOfAny(RunSummary.class, DeliveryView.class))
        .as("one run event: its record; no news of DE-CERT's first delivery or the dead letter")
        .filteredOn(RunSummary.class::isInstance)
        .singleElement()
        .satisfies(run -> assertThat(((RunSummary) run).runId()).isEqualTo(RUN));
  }

  @Test
  @DisplayName("control's stream carries every delivery of the run and what was tallied")
  void controlStreamCarriesTheRun() {
    RecordingEmitter emitter = new RecordingEmitter();
    LiveSubscriber all = new LiveSubscriber(emitter, RUN, AccessRole.CONTROL, 100, Runnable::run);

    views.apply(runRecorded(RUN, Instant.EPOCH)).forEach(all::accept);
    views.apply(delivered(RUN, "a", "FR-CERT")).forEach(all::accept);
    views.apply(delivered(RUN, "b", "DE-CERT")).forEach(all::accept);
    views.apply(new DeadLettered(RUN, "bad")).forEach(all::accept);
    views.apply(delivered("other", "c", "DE-CERT")).forEach(all::accept);

    assertThat(emitter.deliveries()).extracting(DeliveryView::alertId).containsExactly("a", "b");
    assertThat(emitter.runs())
        .hasSize(4)
        .last()
        .satisfies(run -> assertThat(run.deadLetters()).isOne());
    assertThat(all.wants(new DeliveryAdded("other", delivered("other", "c", "DE-CERT").delivery())))
        .isFalse();
  }

  @Test
  @DisplayName("a team's outcomes go to its own stream and control's, never to another team's")
  void outcomesGoToTheRequesterOnly() {
    RecordingEmitter frPage = new RecordingEmitter();
    RecordingEmitter dePage = new RecordingEmitter();
    RecordingEmitter board = new RecordingEmitter();
    List<LiveSubscriber> streams =
        List.of(
            new LiveSubscriber(frPage, RUN, AccessRole.cert("FR-CERT"), 100, Runnable::run),
            new LiveSubscriber(dePage, RUN, AccessRole.cert("DE-CERT"), 100, Runnable::run),
            new LiveSubscriber(board, RUN, AccessRole.CONTROL, 100, Runnable::run));

    List<ViewChange> changes =
        views.apply(shareDecided(RUN, "act-1", "secret-alert", "FR-CERT", "DE-CERT:!X"));
    changes.forEach(change -> streams.forEach(stream -> stream.accept(change)));

    assertThat(frPage.outcomes()).extracting(RequestOutcome::actionId).containsExactly("act-1");
    assertThat(board.outcomes()).extracting(RequestOutcome::actionId).containsExactly("act-1");
    assertThat(dePage.sent).as("DE-CERT is a target, not the requester").isEmpty();
  }

  @Test
  @DisplayName("a browser that falls a whole backlog behind is disconnected, not waited for")
  void slowBrowserIsDisconnected() {
    RecordingEmitter emitter = new RecordingEmitter();
    Queue<Runnable> stalled = new ArrayDeque<>();
    Executor neverRuns = stalled::add;
    LiveSubscriber slow = new LiveSubscriber(emitter, RUN, AccessRole.CONTROL, 2, neverRuns);

    for (int i = 0; i < 5; i++) {
      slow.offer(LiveEvent.KEEP_ALIVE);
    }

    assertThat(emitter.completed).isTrue();
    stalled.forEach(Runnable::run);
    assertThat(emitter.sent).isEmpty();
  }

  @Test
  @DisplayName("a browser that went away is closed without troubling the publisher")
  void goneBrowserIsClosed() {
    RecordingEmitter gone = new RecordingEmitter();
    gone.failing = true;
    LiveSubscriber subscriber =
        new LiveSubscriber(gone, RUN, AccessRole.CONTROL, 10, Runnable::run);

    subscriber.offer(LiveEvent.KEEP_ALIVE);
    subscriber.offer(LiveEvent.KEEP_ALIVE);

    assertThat(gone.completed).isTrue();
    assertThat(gone.attempts).isEqualTo(1);
  }

  /** Keeps what would have been written to the browser. */
  static final class RecordingEmitter extends SseEmitter {
    final List<Object> sent = new ArrayList<>();
    boolean completed;
    boolean failing;
    int attempts;

    @Override
    public void send(SseEventBuilder builder) throws IOException {
      attempts++;
      if (failing) {
        throw new IOException("Broken pipe");
      }
      builder.build().stream()
          .map(part -> part.getData())
          .filter(data -> !(data instanceof String))
          .forEach(sent::add);
    }

    @Override
    public void complete() {
      completed = true;
    }

    List<DeliveryView> deliveries() {
      return sent.stream()
          .filter(DeliveryView.class::isInstance)
          .map(DeliveryView.class::cast)
          .toList();
    }

    List<RequestOutcome> outcomes() {
      return sent.stream()
          .filter(RequestOutcome.class::isInstance)
          .map(RequestOutcome.class::cast)
          .toList();
    }

    List<RunView> runs() {
      return sent.stream().filter(RunView.class::isInstance).map(RunView.class::cast).toList();
    }
  }
}
