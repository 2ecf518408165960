package org.certex.dashboard.views;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the sharing policy decided on one request of a CERT's team: a share of an alert it holds, or
 * a permission it granted as the alert's source. It is shown to the team that asked ({@link
 * #requestedBy}) and to exercise control, never to another team: the alert it names may be one that
 * team does not hold. So it carries only what the team wrote itself (the alert id, the targets) and
 * the policy's answer, not the alert's label or source.
 *
 * @param actionId the team's action, as the dashboard answered it when the team submitted it
 * @param trigger {@code SHARE_REQUEST} or {@code PERMISSION_GRANT}
 * @param decidedAt scenario time of the decision
 * @param verdicts one per target, in the order the policy gave them
 */
public record RequestOutcome(
    String actionId,
    String requestedBy,
    String trigger,
    String alertId,
    Instant decidedAt,
    List<TargetVerdict> verdicts) {

  public RequestOutcome {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(requestedBy, "requestedBy");
    verdicts = List.copyOf(verdicts);
  }

  /**
   * The policy's answer for one target of a request.
   *
   * @param delivered whether the alert went to the target
   * @param reason the machine-readable reason code, e.g. {@code RED_NOT_NAMED}
   * @param explanation the reason in one sentence, or null for a code without one
   * @param redacted whether the target received a copy without indicators
   */
  public record TargetVerdict(
      String target, boolean delivered, String reason, String explanation, boolean redacted) {}
}
