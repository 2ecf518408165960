package org.certex.dashboard.views;

import java.time.Instant;
import java.util.Objects;

/**
 * What the exercise engine applied or refused, from its record on the control topic (never a
 * request: readers show facts).
 *
 * @param command START, PAUSE, RESUME, SPEED, TRIGGER_INJECT, JUMP, INJECT, STOP
 * @param requestId the request it answers, or null for the engine's own (its START, the end)
 * @param refusal why it refused the request, or null when it applied it
 * @param issuedBy who asked: {@code cli}, {@code dashboard:control}...
 * @param scenarioTime scenario time at which it took effect
 * @param injectId with TRIGGER_INJECT or INJECT: the inject fired
 * @param manualSummary with INJECT: the manual inject's sender, kind and subject, in one line
 */
public record ControlFactView(
    String command,
    String requestId,
    String refusal,
    String issuedBy,
    Instant scenarioTime,
    Double speed,
    boolean paused,
    boolean held,
    String injectId,
    Long jumpMillis,
    String manualSummary) {

  public ControlFactView {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(scenarioTime, "scenarioTime");
  }

  boolean refused() {
    return refusal != null;
  }
}
