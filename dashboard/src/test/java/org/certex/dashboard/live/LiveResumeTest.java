package org.certex.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.delivered;
import static org.certex.dashboard.ExerciseFixtures.runRecorded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.live.LiveSubscriberTest.FakeSink;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ViewChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A live stream that was dropped resumes with Last-Event-ID")
class LiveResumeTest {

  private static final String RUN = "log4shell-20261123-090000";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final ExerciseViews views = new ExerciseViews(100);
  private LiveStreams streams;

  @BeforeEach
  void start() {
    DashboardProperties properties =
        new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("certex.dashboard", DashboardProperties.class);
    streams = new LiveStreams(properties, new EventFrames(JsonMapper.builder().build()));
    streams.start();
    publish(views.apply(runRecorded(RUN, Instant.EPOCH)));
  }

  @AfterEach
  void stop() {
    streams.stop();
  }

  @Test
  @DisplayName("a CERT's stream reconnecting with its last id gets exactly what it missed, its own")
  void resumesWhereItStopped() {
    FakeSink first = open(AccessRole.cert("FR-CERT"), null);
    publish(views.apply(delivered(RUN, "a-1", "FR-CERT")));
    publish(views.apply(delivered(RUN, "a-2", "FR-CERT")));
    await().atMost(WAIT).until(() -> first.data("delivery").size() == 2);
    String lastId = ids(first).get(ids(first).size() - 1);
    first.close();

    publish(views.apply(delivered(RUN, "a-3", "FR-CERT")));
    publish(views.apply(delivered(RUN, "b-1", "DE-CERT")));
    publish(views.apply(delivered(RUN, "a-4", "FR-CERT")));
    FakeSink resumed = open(AccessRole.cert("FR-CERT"), lastId);
    publish(views.apply(delivered(RUN, "a-5", "FR-CERT")));

    await().atMost(WAIT).until(() -> resumed.data("delivery").size() == 3);
    assertThat(resumed.names()).as("no fresh start: only what it missed").doesNotContain("run");
    assertThat(resumed.text()).as("bytes at once, so the browser sees it open").startsWith(":");
    assertThat(resumed.data("delivery"))
        .extracting(d -> d.get("alertId").asString())
        .containsExactly("a-3", "a-4", "a-5");
  }

  @Test
  @DisplayName("an id it does not know (another dashboard's, or made up) starts it afresh")
  void unknownIdStartsAfresh() {
    publish(views.apply(delivered(RUN, "a-1", "FR-CERT")));

    FakeSink stranger = open(AccessRole.cert("FR-CERT"), "0-12");
    FakeSink garbage = open(AccessRole.cert("FR-CERT"), "not an id at all");

    await().atMost(WAIT).until(() -> !stranger.names().isEmpty() && !garbage.names().isEmpty());
    assertThat(stranger.names()).containsExactly("run");
    assertThat(garbage.names()).containsExactly("run");
    assertThat(ids(stranger)).singleElement().asString().matches("[0-9a-z]+-[0-9]+");
  }

  @Test
  @DisplayName(
      "what it missed past the kept history starts it afresh, as does more than its backlog")
  void tooFarBehindStartsAfresh() {
    FakeSink first = open(AccessRole.CONTROL, null);
    await().atMost(WAIT).until(() -> !ids(first).isEmpty());
    String lastId = ids(first).get(0);
    for (int i = 0; i < LiveHistory.CHANGES_PER_RUN + 1; i++) {
      publish(views.apply(delivered(RUN, "x-" + i, "FR-CERT")));
    }
    first.close();

    FakeSink resumed = open(AccessRole.CONTROL, lastId);
    await().atMost(WAIT).until(() -> !resumed.names().isEmpty());
    assertThat(resumed.names()).containsExactly("run");
  }

  private FakeSink open(AccessRole audience, String lastEventId) {
    FakeSink sink = new FakeSink();
    streams.open(RUN, () -> views.run(RUN).orElseThrow(), audience, sink, lastEventId);
    return sink;
  }

  private void publish(List<ViewChange> changes) {
    changes.forEach(streams::publish);
  }

  private static List<String> ids(FakeSink sink) {
    List<String> ids = new ArrayList<>();
    for (String line : sink.text().split("\n")) {
      if (line.startsWith("id:")) {
        ids.add(line.substring("id:".length()));
      }
    }
    return ids;
  }
}
