package org.certex.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;
import static org.certex.dashboard.ExerciseFixtures.shareDecided;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.views.ExerciseEvent.DeadLettered;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ViewChange;
import org.certex.dashboard.views.ViewChange.DeliveryAdded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A browser's live stream")
public class LiveSubscriberTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LiveSubscriber.Limits ROOMY = new LiveSubscriber.Limits(100, 1 << 20);

  private final ExerciseViews views = new ExerciseViews(10);
  private final EventFrames frames = new EventFrames(JSON);
  private final List<LiveSubscriber> closed = new ArrayList<>();

  @Test
  @DisplayName("a CERT's stream carries that CERT's deliveries and the run's public facts only")
  void certStreamIsFiltered() {
    FakeSink sink = new FakeSink();
    LiveSubscriber fr = subscriber(sink, AccessRole.cert("FR-CERT"), ROOMY, Runnable::run);

    List<ViewChange> changes = new ArrayList<>();
    changes.addAll(views.apply(runRecorded(RUN, Instant.EPOCH)));
    changes.addAll(views.apply(delivered(RUN, "to-fr", "FR-CERT")));
    changes.addAll(views.apply(delivered(RUN, "to-de", "DE-CERT")));
    changes.addAll(views.apply(new DeadLettered(RUN, "TLP:RED alert about DE-CERT")));
    changes.addAll(views.apply(delivered("other-run", "other", "FR-CERT")));
    changes.forEach(change -> send(fr, change));

    assertThat(sink.data("delivery"))
        .extracting(d -> d.get("alertId").asString())
        .containsExactly("to-fr");
    assertThat(sink.names())
        .as("one run event: its record; no news of DE-CERT's first delivery or the dead letter")
        .containsExactly("run", "delivery");
    JsonNode run = sink.data("run").get(0);
    assertThat(run.get("runId").asString()).isEqualTo(RUN);
    assertThat(run.has("recipients") || run.has("deadLetters")).isFalse();
  }

  @Test
  @DisplayName("control's stream carries every delivery of the run and what was tallied")
  void controlStreamCarriesTheRun() {
    FakeSink sink = new FakeSink();
    LiveSubscriber all = subscriber(sink, AccessRole.CONTROL, ROOMY, Runnable::run);

    views.apply(runRecorded(RUN, Instant.EPOCH)).forEach(change -> send(all, change));
    views.apply(delivered(RUN, "a", "FR-CERT")).forEach(change -> send(all, change));
    views.apply(delivered(RUN, "b", "DE-CERT")).forEach(change -> send(all, change));
    views.apply(new DeadLettered(RUN, "bad")).forEach(change -> send(all, change));
    views.apply(delivered("other", "c", "DE-CERT")).forEach(change -> send(all, change));

    assertThat(sink.data("delivery"))
        .extracting(d -> d.get("alertId").asString())
        .containsExactly("a", "b");
    assertThat(sink.data("run"))
        .hasSize(4)
        .last()
        .satisfies(run -> assertThat(run.get("deadLetters").asLong()).isOne());
    assertThat(all.wants(new DeliveryAdded("other", delivered("other", "c", "DE-CERT").delivery())))
        .isFalse();
  }

  @Test
  @DisplayName("a team's outcomes go to its own stream and control's, never to another team's")
  void outcomesGoToTheRequesterOnly() {
    FakeSink frPage = new FakeSink();
    FakeSink dePage = new FakeSink();
    FakeSink board = new FakeSink();
    List<LiveSubscriber> streams =
        List.of(
            subscriber(frPage, AccessRole.cert("FR-CERT"), ROOMY, Runnable::run),
            subscriber(dePage, AccessRole.cert("DE-CERT"), ROOMY, Runnable::run),
            subscriber(board, AccessRole.CONTROL, ROOMY, Runnable::run));

    List<ViewChange> changes =
        views.apply(shareDecided(RUN, "act-1", "secret-alert", "FR-CERT", "DE-CERT:!X"));
    changes.forEach(change -> streams.forEach(stream -> send(stream, change)));

    assertThat(frPage.data("outcome"))
        .extracting(o -> o.get("actionId").asString())
        .containsExactly("act-1");
    assertThat(board.data("outcome"))
        .extracting(o -> o.get("actionId").asString())
        .containsExactly("act-1");
    assertThat(dePage.names()).as("DE-CERT is a target, not the requester").isEmpty();
  }

  @Test
  @DisplayName(
      "a browser whose connection takes nothing is never written to, and dropped when its buffer is full")
  void fullBufferDropsTheBrowser() {
    FakeSink stuck = new FakeSink();
    stuck.ready = false;
    LiveSubscriber slow =
        subscriber(stuck, AccessRole.CONTROL, new LiveSubscriber.Limits(100, 1000), Runnable::run);

    for (int i = 0; i < 3; i++) {
      slow.offer(new byte[400]);
    }

    assertThat(stuck.written.size()).isZero();
    assertThat(stuck.closed).as("1,200 bytes waited; 1,000 may").isTrue();
    assertThat(closed).containsExactly(slow);
  }

  @Test
  @DisplayName("a browser that falls a whole backlog of events behind is dropped, not waited for")
  void fullBacklogDropsTheBrowser() {
    FakeSink sink = new FakeSink();
    Queue<Runnable> stalled = new ArrayDeque<>();
    Executor neverRuns = stalled::add;
    LiveSubscriber slow =
        subscriber(sink, AccessRole.CONTROL, new LiveSubscriber.Limits(2, 1 << 20), neverRuns);

    for (int i = 0; i < 5; i++) {
      slow.offer(EventFrames.KEEP_ALIVE);
    }

    assertThat(sink.closed).isTrue();
    stalled.forEach(Runnable::run);
    assertThat(sink.written.size()).isZero();
  }

  @Test
  @DisplayName("the time a browser takes nothing is measured, and ends when it takes bytes again")
  void stallIsMeasured() {
    FakeSink sink = new FakeSink();
    sink.ready = false;
    LiveSubscriber subscriber = subscriber(sink, AccessRole.CONTROL, ROOMY, Runnable::run);

    subscriber.offer(EventFrames.KEEP_ALIVE);
    long later = System.nanoTime() + 5_000_000_000L;
    assertThat(subscriber.stalledFor(later)).isGreaterThanOrEqualTo(5_000_000_000L);

    sink.ready = true;
    subscriber.writable();

    assertThat(subscriber.stalledFor(later)).isZero();
    assertThat(sink.text()).isEqualTo(":keep-alive\n\n");
    assertThat(sink.flushes).isOne();
  }

  @Test
  @DisplayName("a browser that went away is closed without troubling the publisher")
  void goneBrowserIsClosed() {
    FakeSink gone = new FakeSink();
    gone.failing = true;
    LiveSubscriber subscriber = subscriber(gone, AccessRole.CONTROL, ROOMY, Runnable::run);

    subscriber.offer(EventFrames.KEEP_ALIVE);
    subscriber.offer(EventFrames.KEEP_ALIVE);

    assertThat(gone.closed).isTrue();
    assertThat(gone.attempts).isEqualTo(1);
    assertThat(closed).containsExactly(subscriber);
  }

  @Test
  @DisplayName("ending a stream holds none of its locks while the container takes its own")
  void endingDoesNotDeadlockWithTheContainer() throws Exception {
    Object containerLock = new Object();
    FakeSink sink =
        new FakeSink() {
          @Override
          public void close() {
            synchronized (containerLock) { // as AsyncContext.complete() takes Tomcat's
              super.close();
            }
          }
        };
    sink.ready = false;
    LiveSubscriber subscriber =
        subscriber(sink, AccessRole.CONTROL, new LiveSubscriber.Limits(1, 1 << 20), Runnable::run);
    subscriber.offer(EventFrames.KEEP_ALIVE);
    Thread feed = new Thread(() -> subscriber.offer(EventFrames.KEEP_ALIVE), "test-feed");
    feed.setDaemon(true); // if it deadlocks, it must not keep the test JVM alive
    Thread container;

    synchronized (containerLock) { // Tomcat fires onComplete while it holds its lock
      feed.start(); // drops the stream (full), so it ends it on the container: blocks here
      await().atMost(Duration.ofSeconds(10)).until(() -> feed.getState() == Thread.State.BLOCKED);
      container = new Thread(subscriber::ended, "test-container");
      container.setDaemon(true);
      container.start();
      container.join(Duration.ofSeconds(5).toMillis());
      assertThat(container.isAlive())
          .as("the container's callback did not wait for our lock")
          .isFalse();
    }
    feed.join(Duration.ofSeconds(5).toMillis());

    assertThat(feed.isAlive()).isFalse();
    assertThat(sink.closed).isTrue();
    assertThat(closed).containsExactly(subscriber);
  }

  private LiveSubscriber subscriber(
      FakeSink sink, AccessRole audience, LiveSubscriber.Limits limits, Executor senders) {
    LiveSubscriber subscriber =
        new LiveSubscriber(sink, RUN, audience, limits, senders, closed::add);
    sink.start(subscriber);
    return subscriber;
  }

  private void send(LiveSubscriber subscriber, ViewChange change) {
    if (subscriber.wants(change)) {
      subscriber.offer(frames.frame(LiveEvent.of(change, subscriber.audience()).orElseThrow()));
    }
  }

  /** A connection that keeps what the browser would have received. */
  public static class FakeSink implements EventSink {
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    boolean ready = true;
    boolean failing;
    boolean closed;
    int attempts;
    int flushes;

    @Override
    public void start(Listener listener) {}

    @Override
    public boolean isReady() {
      return ready && !closed;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
      attempts++;
      if (failing) {
        throw new IOException("Broken pipe");
      }
      written.writeBytes(bytes);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }

    String text() {
      return written.toString(StandardCharsets.UTF_8);
    }

    /** The names of the events received, in order (comments left out). */
    List<String> names() {
      List<String> names = new ArrayList<>();
      for (String line : text().split("\n")) {
        if (line.startsWith("event:")) {
          names.add(line.substring("event:".length()));
        }
      }
      return names;
    }

    /** The data of each event named {@code name}, in order. */
    List<JsonNode> data(String name) {
      List<JsonNode> data = new ArrayList<>();
      String[] lines = text().split("\n");
      for (int i = 0; i + 1 < lines.length; i++) {
        if (lines[i].equals("event:" + name)) {
          data.add(JSON.readTree(lines[i + 1].substring("data:".length())));
        }
      }
      return data;
    }
  }
}
