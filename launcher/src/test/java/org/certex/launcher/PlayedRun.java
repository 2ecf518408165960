package org.certex.launcher;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.certex.producers.scenario.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * A run playing on the {@link PlayedStack}: its id, its scenario, the links {@code certex run}
 * printed for it, and API sessions opened with those links (one per role, opened once).
 */
final class PlayedRun {

  /** How long a test waits for the engine, the pipeline or the page to show what it waits for. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private final String runId;
  private final Scenario scenario;
  private final RunLinks links;
  private final Map<String, ApiSession> sessions = new HashMap<>();

  PlayedRun(String runId, Scenario scenario, RunLinks links) {
    this.runId = runId;
    this.scenario = scenario;
    this.links = links;
  }

  String runId() {
    return runId;
  }

  Scenario scenario() {
    return scenario;
  }

  RunLinks links() {
    return links;
  }

  /** {@code /api/runs/{run}} followed by {@code rest}. */
  String api(String rest) {
    return "/api/runs/" + runId + rest;
  }

  ApiSession control() {
    return sessions.computeIfAbsent("control", k -> ApiSession.open(links.control()));
  }

  ApiSession evaluator() {
    return sessions.computeIfAbsent(
        "evaluator", k -> ApiSession.open(links.evaluator().orElseThrow()));
  }

  ApiSession team(String org) {
    return sessions.computeIfAbsent("cert:" + org, k -> ApiSession.open(links.team(org)));
  }

  /**
   * Sends a control request as the control page does and waits until the engine answered it on the
   * control log; fails if the engine refused it.
   *
   * @param fields the request's fields besides {@code command} (speed, jump, injectId...)
   * @return the engine's answer (a ControlFactView)
   */
  JsonNode command(String command, Object... fields) {
    Map<String, Object> body = new HashMap<>();
    body.put("command", command);
    for (int i = 0; i < fields.length; i += 2) {
      body.put((String) fields[i], fields[i + 1]);
    }
    ApiSession.Answer sent = control().post(api("/control"), body);
    if (sent.status() != 202) {
      throw new IllegalStateException(command + " answered " + sent.status() + ": " + sent.body());
    }
    String requestId = sent.json().path("requestId").asString();
    JsonNode answer =
        await("the engine's answer to " + command + " " + requestId)
            .atMost(WAIT)
            .until(() -> answerTo(requestId), a -> a != null);
    if (!answer.path("refusal").isNull() && !answer.path("refusal").isMissingNode()) {
      throw new IllegalStateException(command + " refused: " + answer.path("refusal").asString());
    }
    return answer;
  }

  private JsonNode answerTo(String requestId) {
    return StreamSupport.stream(control().read(api("/control-log")).spliterator(), false)
        .filter(f -> requestId.equals(f.path("requestId").asString(null)))
        .findFirst()
        .orElse(null);
  }

  /** The MSEL as the engine plays it, read by exercise control. */
  JsonNode msel() {
    return control().read(api("/msel"));
  }

  /** An inject's row of the MSEL, or null if the MSEL has none of that id. */
  JsonNode inject(String injectId) {
    return StreamSupport.stream(msel().spliterator(), false)
        .filter(i -> injectId.equals(i.path("injectId").asString()))
        .findFirst()
        .orElse(null);
  }

  /** An expectation's state on the MSEL (NOT_OPEN, OPEN, MET, LATE, MISSED). */
  String expectationState(String expectationId) {
    return StreamSupport.stream(msel().spliterator(), false)
        .flatMap(i -> StreamSupport.stream(i.path("expectations").spliterator(), false))
        .filter(e -> expectationId.equals(e.path("expectationId").asString()))
        .map(e -> e.path("state").asString())
        .findFirst()
        .orElse(null);
  }

  /** Waits until the MSEL shows an expectation in {@code state}. */
  void awaitExpectation(String expectationId, String state) {
    await(expectationId + " " + state)
        .atMost(WAIT)
        .until(() -> expectationState(expectationId), state::equals);
  }

  /** Waits until a team's inbox holds an alert (the sharing policy delivered it to the CERT). */
  void awaitDelivery(String org, String alertId) {
    await(alertId + " delivered to " + org)
        .atMost(WAIT)
        .until(
            () ->
                StreamSupport.stream(
                        team(org).read(api("/certs/" + org + "/deliveries")).spliterator(), false)
                    .anyMatch(d -> alertId.equals(d.path("alertId").asString(null))));
  }

  /**
   * Stops the run so that it takes no CPU from the next test class (the stack outlives it); a
   * failure to stop is no test failure, as the stack's end stops every run anyway.
   */
  void stop() {
    try {
      control().post(api("/control"), Map.of("command", "STOP"));
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(PlayedRun.class)
          .warn("Could not stop {}: {}", runId, e.toString());
    }
  }

  /** The run's clock as every role reads it. */
  JsonNode clock() {
    return control().read(api("/clock"));
  }
}
