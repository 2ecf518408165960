package org.certex.dashboard.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.certex.dashboard.views.ViewChange.MessageDelivered;

/**
 * The message injects each team was sent: an inject that fired without an alert reaches each of its
 * recipients here, and only them (an alert inject reaches them through the sharing policy and their
 * inboxes). Exercise control and evaluators read every inject on the MSEL already.
 *
 * <p>Bounds: the latest {@value #PER_TEAM} messages per recipient. Every message inject id seen is
 * remembered, so a redelivered inject record is not shown twice; the MSEL and exercise control's
 * manual injects are the only sources, far fewer than deliveries.
 */
final class TeamMessages {

  static final int PER_TEAM = 500;

  private final String runId;
  private final Map<String, Latest<MessageView>> byRecipient = new HashMap<>();
  private final Set<String> injectIds = new HashSet<>();

  TeamMessages(String runId) {
    this.runId = runId;
  }

  /** An inject fired: if it is a message, each of its recipients has it; nothing for an alert. */
  List<ViewChange> fire(FiredInjectView fired) {
    if (fired.alertId() != null || !injectIds.add(fired.injectId())) {
      return List.of();
    }
    List<ViewChange> changes = new ArrayList<>();
    for (String recipient : new LinkedHashSet<>(fired.recipients())) {
      MessageView message = MessageView.of(fired, recipient);
      byRecipient.computeIfAbsent(recipient, r -> new Latest<>(PER_TEAM)).add(message);
      changes.add(new MessageDelivered(runId, message));
    }
    return changes;
  }

  /** The messages sent to {@code certId}, newest first, and no one else's. */
  List<MessageView> of(String certId) {
    return Optional.ofNullable(byRecipient.get(certId)).map(Latest::newestFirst).orElse(List.of());
  }
}
