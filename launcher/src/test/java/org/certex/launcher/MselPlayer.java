package org.certex.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Plays one MSEL expectation as a trainee team would from its console, through the endpoints the
 * page calls with the team's session: acknowledge, classify, share and escalate are actions on the
 * alert the inject published; a message inject has none: the team acknowledges or escalates it as
 * its console's message buttons do, once the message is on its {@code /messages}, with no alert and
 * its sender as the only target, and classifies or shares on the STARTEX alert it holds, which the
 * engine credits to the message's expectation; notify is the team's own alert to the expected
 * targets, derived from the inject's alert when there is one.
 */
final class MselPlayer {

  /** The alert every team holds from the start, for actions answering a message inject. */
  static final String STARTEX = "ct-001";

  private final PlayedRun run;

  MselPlayer(PlayedRun run) {
    this.run = run;
  }

  /** Plays {@code expectation} of {@code inject} (rows of the MSEL view) and checks the answer. */
  void play(JsonNode inject, JsonNode expectation) {
    String who = expectation.path("who").asString();
    String action = expectation.path("action").asString();
    List<String> targets =
        expectation.path("targets").valueStream().map(JsonNode::asString).toList();
    String injectAlert = inject.path("alertId").asString(null);
    String alertId = injectAlert != null ? injectAlert : STARTEX;
    boolean answersMessage =
        injectAlert == null && (action.equals("acknowledge") || action.equals("escalate"));
    ApiSession.Answer answer =
        answersMessage
            ? answerMessage(who, action, inject)
            : switch (action) {
              case "notify" -> notify(who, targets, injectAlert);
              case "acknowledge", "classify", "share", "escalate" -> {
                run.awaitDelivery(who, alertId);
                yield act(who, action, alertId, targets);
              }
              default -> throw new IllegalArgumentException("no way to play " + action);
            };
    if (answer.status() != 202) {
      throw new AssertionError(
          String.format(
              "%s %s %s answered %d: %s",
              expectation.path("expectationId").asString(),
              who,
              action,
              answer.status(),
              answer.body()));
    }
  }

  /** As the console's buttons on a message: no alert, the sender as target, no escalation level. */
  private ApiSession.Answer answerMessage(String who, String action, JsonNode inject) {
    String injectId = inject.path("injectId").asString();
    String messages = run.api("/certs/" + who + "/messages");
    org.awaitility.Awaitility.await(injectId + " on the messages of " + who)
        .atMost(PlayedRun.WAIT)
        .until(
            () ->
                run.team(who)
                    .read(messages)
                    .valueStream()
                    .anyMatch(m -> injectId.equals(m.path("injectId").asString(null))));
    Map<String, Object> body = new HashMap<>();
    body.put("type", action.toUpperCase(java.util.Locale.ROOT));
    body.put("targets", List.of(inject.path("sender").asString()));
    body.put("note", "Answer to message " + injectId);
    return run.team(who).post(run.api("/certs/" + who + "/actions"), body);
  }

  private ApiSession.Answer act(String who, String action, String alertId, List<String> targets) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", action.toUpperCase(java.util.Locale.ROOT));
    body.put("alertId", alertId);
    body.put("targets", targets);
    if (action.equals("classify")) {
      body.put("rsitClass", "malicious-code");
      body.put("rsitType", "infected-system");
      body.put("severity", "HIGH");
    } else if (action.equals("escalate")) {
      body.put("escalation", "CSIRTS_NETWORK");
    }
    return run.team(who).post(run.api("/certs/" + who + "/actions"), body);
  }

  private ApiSession.Answer notify(String who, List<String> targets, String derivedFrom) {
    if (derivedFrom != null) {
      run.awaitDelivery(who, derivedFrom);
    }
    Map<String, Object> body = new HashMap<>();
    body.put("addressees", targets);
    body.put("tlp", "TLP:GREEN");
    body.put("pap", "PAP:GREEN");
    body.put("rsit", "other/undetermined");
    body.put("severity", "MEDIUM");
    body.put("text", "Notice from " + who + " for the exercise; reporter's identity left out.");
    body.put("indicators", List.of());
    body.put("derivedFrom", derivedFrom);
    return run.team(who).post(run.api("/certs/" + who + "/alerts"), body);
  }

  /** Every expectation of the MSEL view, by id, with the row of its inject. */
  static Map<String, JsonNode[]> expectations(JsonNode msel) {
    Map<String, JsonNode[]> all = new java.util.LinkedHashMap<>();
    StreamSupport.stream(msel.spliterator(), false)
        .forEach(
            i ->
                i.path("expectations")
                    .forEach(
                        e -> all.put(e.path("expectationId").asString(), new JsonNode[] {i, e})));
    return all;
  }
}
