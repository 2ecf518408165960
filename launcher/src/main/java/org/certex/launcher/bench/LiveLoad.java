package org.certex.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.live.LiveStreams;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.producers.scenario.ScenarioParticipant;

/**
 * One measurement of {@link LiveBench} on a started run: clients opened, alerts sent at the rate,
 * the pipeline and the fast clients waited for, the slow ones checked, the figures gathered.
 */
final class LiveLoad {

  private final BenchCluster cluster;
  private final BenchRun run;
  private final BenchScenario scenario;
  private final LiveBenchOptions options;
  private final PrintWriter log;
  private final LiveStreams streams;
  private final LiveDeliveries delivered;
  private final List<String> orgs;
  private final List<LiveClient> fast = new ArrayList<>();
  private final List<String> fastOrgs = new ArrayList<>(); // null: exercise control's stream
  private final List<SlowClient> slow = new ArrayList<>();
  private final long created = System.nanoTime();

  /**
   * How long the pipeline, the fast clients and the slow ones may take once the alerts are sent:
   * two minutes, and a second for every 500 alerts (a machine shared with other work is slow).
   */
  private final Duration settle;

  LiveLoad(
      BenchCluster cluster,
      BenchRun run,
      BenchScenario scenario,
      LiveBenchOptions options,
      PrintWriter log) {
    this.cluster = cluster;
    this.run = run;
    this.scenario = scenario;
    this.options = options;
    this.log = log;
    this.streams = cluster.bean(LiveStreams.class);
    this.orgs = scenario.scenario().participants().stream().map(ScenarioParticipant::id).toList();
    this.delivered = new LiveDeliveries(orgs);
    this.settle = Duration.ofSeconds(120 + options.alerts() / 500);
  }

  LiveBenchResult measure() throws Exception {
    String runId = run.topics().runId();
    Deadline.await(
        "the dashboard to know run " + runId,
        Duration.ofSeconds(60),
        () -> cluster.bean(ExerciseViews.class).run(runId).isPresent());
    stage("the dashboard knows the run");
    long heapBefore = LiveBench.heapAfterGc();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    LoadSampler sampler = new LoadSampler(streams, options.fast());
    try (RunOutputReader reader =
        new RunOutputReader(cluster.consumerProperties(), cluster.admin(), run.topics())) {
      open(runId);
      stage(options.clients() + " streams open");
      trickle.scheduleAtFixedRate(() -> slow.forEach(SlowClient::trickle), 1, 1, TimeUnit.SECONDS);
      reader.start();
      ReadPhase read = reader.expect(options.alerts(), null);
      long[] sentAt = new long[(int) options.alerts()];
      AlertSender sender = new AlertSender(cluster.publisher(), run.topics(), scenario);
      log.printf(
          "certex bench live: %d clients (%d slow), %,d alerts/s for %d s%n",
          options.clients(), options.slow(), options.rate(), options.seconds());
      log.flush();
      sampler.start();
      long began = System.nanoTime();
      long last = sender.sendAtRate(0, options.alerts(), options.rate(), sentAt);
      double sendSeconds = (last - began) / 1e9;
      stage("alerts sent");
      read.await(settle, run::failure);
      stage("alerts decided");
      delivered.readAll(cluster.consumerProperties(), run.topics().deliveries(), settle);
      awaitFastClients();
      stage("fast clients received all");
      Deadline.await(
          "the slow clients to be dropped", settle, () -> streams.openStreams() <= options.fast());
      int slowEnded = slowEnded();
      stage("slow clients checked");
      sampler.stop();
      long heapAfter = LiveBench.heapAfterGc();
      List<ClientVerdict> verdicts = verdicts();
      return new LiveBenchResult(
          options,
          options.alerts() / sendSeconds,
          read.decisions(),
          read.deliveries(),
          verdicts,
          LiveLatency.of(fast, sentAt),
          streams.droppedSlowStreams(),
          slowEnded,
          sampler.secondsToDropSlow(began),
          secondsToLastEvent(began),
          sampler.largestQueue(),
          sampler.mostQueued(),
          streams.limits(),
          heapBefore,
          heapAfter,
          sampler.heapPeak());
    } finally {
      sampler.stop();
      trickle.shutdownNow();
      closeAll();
    }
  }

  private void stage(String what) {
    log.printf("  %6.1f s  %s%n", (System.nanoTime() - created) / 1e9, what);
    log.flush();
  }

  /** Opens every stream: fast ones first (controls, then CERTs in turn), then the slow ones. */
  private void open(String runId) throws IOException {
    AccessKeys keys = cluster.bean(AccessKeys.class);
    int port = cluster.httpPort();
    for (int i = 0; i < options.fast(); i++) {
      String org = i < options.controls() ? null : orgs.get(i % orgs.size());
      fast.add(
          LiveClient.open(
              "fast-" + i, port, path(runId, org), key(keys, runId, org), delivered::codeOfEvent));
      fastOrgs.add(org);
    }
    for (int i = 0; i < options.slow(); i++) {
      // Half of them exercise control's, the busiest streams; half CERTs'.
      String org = i < options.slow() / 2 ? null : orgs.get(i % orgs.size());
      SlowClient.Pace pace = i % 2 == 0 ? SlowClient.Pace.NEVER : SlowClient.Pace.BYTE_A_SECOND;
      slow.add(SlowClient.open(pace, port, path(runId, org), key(keys, runId, org)));
    }
    Deadline.await(
        options.clients() + " live streams to open",
        Duration.ofSeconds(60),
        () -> streams.openStreams() >= options.clients());
    for (LiveClient client : fast) {
      Deadline.await(
          "stream " + client.name() + " to answer",
          Duration.ofSeconds(30),
          () -> client.status() != 0);
      if (client.status() != 200) {
        throw new IllegalStateException(client.name() + " answered " + client.status());
      }
    }
  }

  private static String path(String runId, String org) {
    return org == null
        ? "/api/runs/" + runId + "/stream"
        : "/api/runs/" + runId + "/certs/" + org + "/stream";
  }

  private static String key(AccessKeys keys, String runId, String org) {
    return keys.keyFor(runId, org == null ? AccessRole.CONTROL : AccessRole.cert(org));
  }

  /** Until each fast client has as many deliveries as were meant for it, or ended. */
  private void awaitFastClients() {
    for (int i = 0; i < fast.size(); i++) {
      LiveClient client = fast.get(i);
      int expected = delivered.expectedFor(fastOrgs.get(i)).size();
      Deadline.await(
          client.name() + " to receive its " + expected + " deliveries",
          settle,
          () -> client.deliveries() >= expected || client.ended());
    }
  }

  /** Seconds from {@code began} until the last delivery event reached a fast client. */
  private double secondsToLastEvent(long began) {
    long last = began;
    for (LiveClient client : fast) {
      for (long arrival : client.arrivals()) {
        last = Math.max(last, arrival);
      }
    }
    return (last - began) / 1e9;
  }

  private List<ClientVerdict> verdicts() {
    List<ClientVerdict> verdicts = new ArrayList<>();
    Map<Long, Long> idOf = new HashMap<>();
    for (int i = 0; i < fast.size(); i++) {
      verdicts.add(ClientVerdict.of(fast.get(i), fastOrgs.get(i), delivered, idOf));
    }
    return verdicts;
  }

  /**
   * How long a slow client reads what is left of its dropped stream, at most, waiting for the
   * connection to end. Tomcat closes most at once; a few (1 or 2 of 20 in soak runs) only some
   * seconds after the browser took what was left (13 s in one), for a reason inside Tomcat not
   * found. The server has let go of the stream and its queue by then: only the connection lingers.
   */
  static final Duration SLOW_END = Duration.ofSeconds(30);

  /** How many slow clients find their stream ended by the server once they read what is left. */
  private int slowEnded() {
    int ended = 0;
    for (SlowClient client : slow) {
      if (client.readsToTheEnd(SLOW_END)) {
        ended++;
      }
    }
    return ended;
  }

  private void closeAll() {
    for (AutoCloseable client : concat()) {
      try {
        client.close();
      } catch (Exception e) {
        // closing a test client: nothing to do
      }
    }
  }

  private List<AutoCloseable> concat() {
    List<AutoCloseable> all = new ArrayList<>(fast);
    all.addAll(slow);
    return all;
  }
}
