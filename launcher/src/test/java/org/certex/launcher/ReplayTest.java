package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.certex.dashboard.Chromium;
import org.certex.producers.scenario.ScenarioParticipant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Replay rebuilds what the live fold held: a run of the NIS2 drill is paused at three moments and
 * what the live dashboard showed then (each CERT's inbox, clocks, incidents and attribution; the
 * whole run's clocks, incidents, attribution, scores and MSEL) is kept; a dashboard started as
 * {@code certex replay} starts, reading the run's topics by timestamp, and shows the same at those
 * moments, to the same keys, and refuses every write.
 */
@ExtendWith(PlayedStack.Shared.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayTest {

  /** How long what the live dashboard shows must stay the same to count as settled. */
  private static final Duration SETTLED = Duration.ofSeconds(3);

  private static final String HOSPITAL = "HOSP-BE";

  private record Moment(Instant at, Map<String, JsonNode> seen) {}

  private PlayedStack stack;
  private PlayedRun run;
  private List<String> orgs;
  private final List<Moment> moments = new ArrayList<>();
  private ConfigurableApplicationContext replay;
  private PlayedRun replayed;

  @BeforeAll
  void playThenReplay(PlayedStack stack) throws Exception {
    this.stack = stack;
    run = stack.start(PlayedStack.SCENARIOS.resolve("eu-nis2-cross-border.yaml"), 60);
    orgs = run.scenario().participants().stream().map(ScenarioParticipant::id).toList();
    // Played at speed, not jumped: a jump leaves the injects and noise it passed over to be sent
    // afterwards, stamped before the moment the live page stood at.
    run.command("START");
    run.command("SPEED", "speed", 600.0);
    moments.add(pausedAt(stack, run, Duration.ofMinutes(80)));
    run.team(HOSPITAL)
        .post(
            run.api("/certs/" + HOSPITAL + "/actions"),
            Map.of("type", "ACKNOWLEDGE", "alertId", "n-001"));
    run.command("RESUME");
    moments.add(pausedAt(stack, run, Duration.ofMinutes(200)));
    run.command("RESUME");
    moments.add(pausedAt(stack, run, Duration.ofMinutes(300)));
    run.stop();

    replay =
        CertexContexts.start(
            EnumSet.of(Role.DASHBOARD),
            stack.bootstrapServers(),
            stack.data().resolve("replay"),
            0,
            ManagementServer.off(),
            Map.of(ReplayCommand.REPLAY_RUN, run.runId()));
    StringWriter printed = new StringWriter();
    try (PrintWriter out = new PrintWriter(printed)) {
      TraineeLinks.print(out, replay, run.runId(), orgs);
    }
    replayed = new PlayedRun(run.runId(), run.scenario(), RunLinks.parse(printed.toString()));
  }

  @AfterAll
  void close() {
    if (replay != null) {
      replay.close();
    }
  }

  @Test
  @DisplayName(
      "at each of three moments the replay shows what the live dashboard showed then: every"
          + " CERT's inbox, clocks, incidents and attribution; the run's scores and MSEL")
  void replayEqualsLive() {
    assertThat(moments).extracting(Moment::at).doesNotHaveDuplicates().isSorted();
    assertThat(moments.get(2).seen().get("inbox " + HOSPITAL)).isNotEmpty();
    SoftAssertions softly = new SoftAssertions();
    for (Moment moment : moments) {
      Map<String, JsonNode> replayedThen = seen(replayed, orgs, moment.at().toString());
      assertThat(replayedThen).containsOnlyKeys(moment.seen().keySet());
      moment.seen().forEach((what, live) -> compare(softly, what, moment.at(), live, replayedThen));
    }
    softly.assertAll();
    assertThat(moments.get(0).seen()).isNotEqualTo(moments.get(2).seen());
  }

  /**
   * The same, but for the NIS2 clocks: the pipeline writes some clock changes only once scenario
   * time moves on after a pause, stamped with the moment they happened, so a replay at T may show
   * clocks that the paused live page did not have yet, each changed at or before T; every clock the
   * live page had is there as it was. The scores count those clocks too, and are the same besides.
   */
  private static void compare(
      SoftAssertions softly,
      String what,
      Instant at,
      JsonNode live,
      Map<String, JsonNode> replayedThen) {
    JsonNode replay = replayedThen.get(what);
    String as = what + " at " + at;
    if (what.startsWith("clocks ") || what.equals("/clocks")) {
      List<JsonNode> all = StreamSupport.stream(replay.spliterator(), false).toList();
      softly.assertThat(all).as(as).containsAll(live::iterator);
      softly
          .assertThat(all)
          .as(as + ": clocks written after the pause")
          .allSatisfy(
              c -> assertThat(Instant.parse(c.path("at").asString())).isBeforeOrEqualTo(at));
    } else if (what.equals("/scores")) {
      softly.assertThat(withoutClocks(replay)).as(as).isEqualTo(withoutClocks(live));
    } else {
      softly.assertThat(unordered(replay)).as(as).isEqualTo(unordered(live));
    }
  }

  private static JsonNode withoutClocks(JsonNode scores) {
    return ((tools.jackson.databind.node.ObjectNode) scores.deepCopy()).without("clocks");
  }

  @Test
  @DisplayName(
      "a CERT's key asking for a moment gets its own inbox at that moment and no other CERT's")
  void aCertSeesOnlyItsOwnMoment() {
    Moment last = moments.get(2);
    String at = "?at=" + last.at();
    ApiSession hospital = replayed.team(HOSPITAL);
    JsonNode inbox = hospital.read(replayed.api("/certs/" + HOSPITAL + "/deliveries" + at));
    assertThat(unordered(inbox)).isEqualTo(unordered(last.seen().get("inbox " + HOSPITAL)));
    assertThat(StreamSupport.stream(inbox.spliterator(), false))
        .allSatisfy(d -> assertThat(d.path("recipient").asString()).isEqualTo(HOSPITAL));
    for (String other : orgs) {
      if (!other.equals(HOSPITAL)) {
        assertThat(hospital.get(replayed.api("/certs/" + other + "/deliveries" + at)).status())
            .as("%s's inbox with %s's key", other, HOSPITAL)
            .isEqualTo(403);
      }
    }
    assertThat(hospital.get(replayed.api("/scores" + at)).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("a replaying dashboard refuses every write with 409 and checks the moment asked for")
  void readOnlyAndChecked() {
    ApiSession control = replayed.control();
    ApiSession.Answer order = control.post(replayed.api("/control"), Map.of("command", "RESUME"));
    assertThat(order.status()).isEqualTo(409);
    assertThat(order.json().path("detail").asString())
        .isEqualTo("This dashboard replays run " + run.runId() + "; it is read-only");
    ApiSession.Answer action =
        replayed
            .team(HOSPITAL)
            .post(
                replayed.api("/certs/" + HOSPITAL + "/actions"),
                Map.of("type", "ACKNOWLEDGE", "alertId", "n-001"));
    assertThat(action.status()).isEqualTo(409);
    assertThat(
            replayed
                .team(HOSPITAL)
                .post(replayed.api("/certs/" + HOSPITAL + "/alerts"), Map.of())
                .status())
        .isEqualTo(409);

    ApiSession.Answer garbled = control.get(replayed.api("/clocks?at=yesterday"));
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.json().path("detail").asString()).contains("ISO-8601");
    Instant before = run.scenario().start().minusSeconds(1);
    ApiSession.Answer outside = control.get(replayed.api("/clocks?at=" + before));
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.json().path("detail").asString()).contains("from " + run.scenario().start());
    assertThat(run.control().get(run.api("/clocks?at=" + moments.get(0).at())).status())
        .as("the live dashboard serves no moment")
        .isEqualTo(400);

    JsonNode described = control.read("/api/replay");
    assertThat(described.path("replaying").asBoolean()).isTrue();
    assertThat(described.path("runId").asString()).isEqualTo(run.runId());
  }

  @Test
  @DisplayName(
      "certex replay of a run the cluster does not hold is a usage error (exit 2) naming the runs it holds")
  void unknownRun() {
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = CertexCommand.commandLine();
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute("replay", "nope-20261201-090000", "--bootstrap", stack.bootstrapServers());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("no run nope-20261201-090000 on the cluster; it holds ")
        .contains(run.runId());
  }

  /**
   * Lets the run play until {@code offset} into the scenario, pauses it and waits for it to settle.
   */
  private static Moment pausedAt(PlayedStack stack, PlayedRun run, Duration offset) {
    Instant due = run.scenario().start().plus(offset);
    await("scenario time " + due)
        .atMost(PlayedRun.WAIT)
        .until(() -> !Instant.parse(run.clock().path("scenarioTime").asString()).isBefore(due));
    run.command("PAUSE");
    return settled(stack, run);
  }

  /**
   * What the live dashboard shows once the paused run has settled: nothing it shows changed for
   * {@link #SETTLED}, the feed having read what the pipeline wrote.
   */
  private static Moment settled(PlayedStack stack, PlayedRun run) {
    List<String> orgs =
        run.scenario().participants().stream().map(ScenarioParticipant::id).toList();
    AtomicReference<Moment> last = new AtomicReference<>();
    await("the live dashboard settled")
        .atMost(PlayedRun.WAIT)
        .during(SETTLED)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Instant at = stack.liveViews().asOf(run.runId()).orElseThrow();
              Moment now = new Moment(at, seen(run, orgs, ""));
              return now.equals(last.getAndSet(now));
            });
    return last.get();
  }

  @Test
  @DisplayName(
      "in a browser, a CERT's replay page opens on the run's end, and scrubbed back to an earlier"
          + " moment shows the inbox it had then, with no action to take")
  void scrubbingShowsTheInboxThen() {
    assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
    Moment first = moments.get(0);
    try (BrowserSeat seat = new BrowserSeat(stack.data().resolve("chromium-replay"))) {
      seat.open(replayed.links().team(HOSPITAL));
      TraineePage page = new TraineePage(seat);
      seat.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-moment") != null);
      assertThat(seat.textOf(By.id("replay-heading")))
          .startsWith("Replay of " + run.runId() + " at ");
      List<String> atEnd = page.alertIds();

      WebElement timeline = seat.visible(By.id("replay-time"));
      seat.driver()
          .executeScript(
              "arguments[0].value = arguments[1];"
                  + " arguments[0].dispatchEvent(new Event('change'))",
              timeline,
              String.valueOf(first.at().toEpochMilli()));
      seat.until(
          d -> {
            String moment = d.findElement(By.tagName("body")).getDomAttribute("data-moment");
            return moment != null && Instant.parse(moment).equals(first.at());
          });
      List<String> then = alertIds(first.seen().get("inbox " + HOSPITAL));
      assertThat(page.alertIds()).containsExactlyInAnyOrderElementsOf(then);
      assertThat(atEnd).hasSizeGreaterThan(then.size());
      page.open(then.get(0));
      assertThat(
              seat.driver().findElements(By.cssSelector("button[data-action], [data-open-report]")))
          .as("the live console's action buttons")
          .noneMatch(WebElement::isDisplayed);
    }
  }

  private static List<String> alertIds(JsonNode inbox) {
    return StreamSupport.stream(inbox.spliterator(), false)
        .map(d -> d.path("alertId").asString())
        .distinct()
        .toList();
  }

  /**
   * A list in any order: live, the fold takes each fetch's records in scenario time, but records of
   * different partitions fetched apart arrive in their own order, so a newest-first list may have
   * two neighbours the other way round; replay takes them in scenario time throughout.
   */
  private static JsonNode unordered(JsonNode node) {
    if (!node.isArray()) {
      return node;
    }
    ArrayNode sorted = ApiSession.JSON.createArrayNode();
    StreamSupport.stream(node.spliterator(), false)
        .sorted(Comparator.comparing(JsonNode::toString))
        .forEach(sorted::add);
    return sorted;
  }

  /**
   * What the evaluators see of each CERT's things and of the whole of a run, at {@code at} (blank:
   * now).
   */
  private static Map<String, JsonNode> seen(PlayedRun run, List<String> orgs, String at) {
    String moment = at.isEmpty() ? "" : "?at=" + at;
    Map<String, JsonNode> seen = new LinkedHashMap<>();
    ApiSession evaluator = run.evaluator();
    for (String org : orgs) {
      ApiSession team = evaluator; // it reads each CERT's things as that CERT's link does
      String cert = "/certs/" + org;
      seen.put("inbox " + org, team.read(run.api(cert + "/deliveries" + moment)));
      seen.put("outcomes " + org, team.read(run.api(cert + "/outcomes" + moment)));
      seen.put("clocks " + org, team.read(run.api(cert + "/clocks" + moment)));
      seen.put("incidents " + org, team.read(run.api(cert + "/incidents" + moment)));
      seen.put("attribution " + org, team.read(run.api(cert + "/attribution" + moment)));
      seen.put("expectations " + org, team.read(run.api(cert + "/expectations" + moment)));
    }
    for (String whole : List.of("/clocks", "/incidents", "/attribution", "/scores", "/msel")) {
      seen.put(whole, evaluator.read(run.api(whole + moment)));
    }
    return seen;
  }
}
