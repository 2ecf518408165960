package org.certex.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.certex.dashboard.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.ExerciseEvent.DeadLettered;
import org.certex.dashboard.ExerciseEvent.RunRecorded;
import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.certex.dashboard.ViewChange.RunChanged;
import org.certex.dashboard.ViewChange.RunTallied;

/**
 * The folded state of one run: its view and one inbox per recipient.
 *
 * <p>Every delivery id ever seen is remembered (about a hundred bytes each), so a redelivered
 * record is ignored even after its entry fell off a bounded inbox. Known gap: for runs with
 * millions of deliveries this set, not the inboxes, dominates memory.
 */
final class RunLedger {

  private final int inboxCapacity;
  private final Map<String, Inbox> inboxes = new TreeMap<>();
  private final Set<String> deliveryIds = new HashSet<>();
  private RunView view;

  RunLedger(String runId, int inboxCapacity) {
    this.inboxCapacity = inboxCapacity;
    this.view = RunView.unannounced(runId);
  }

  RunView view() {
    return view;
  }

  /** The inbox of {@code recipient}, newest first; empty if nothing was delivered to it. */
  List<DeliveryView> inboxOf(String recipient) {
    return Optional.ofNullable(inboxes.get(recipient)).map(Inbox::newestFirst).orElse(List.of());
  }

  List<ViewChange> record(RunRecorded run) {
    view = view.recordedAs(run);
    return List.of(new RunChanged(view));
  }

  List<ViewChange> deliver(AlertDelivered delivered) {
    DeliveryView delivery = delivered.delivery();
    if (!deliveryIds.add(delivery.deliveryId())) {
      return List.of();
    }
    List<ViewChange> changes = new ArrayList<>(2);
    Inbox inbox = inboxes.get(delivery.recipient());
    if (inbox == null) {
      inbox = new Inbox(inboxCapacity);
      inboxes.put(delivery.recipient(), inbox);
      view = view.withRecipients(List.copyOf(inboxes.keySet()));
      changes.add(new RunTallied(view));
    }
    inbox.add(delivery);
    changes.add(new DeliveryAdded(view.runId(), delivery));
    return changes;
  }

  List<ViewChange> deadLetter(DeadLettered deadLettered) {
    view = view.deadLettered(deadLettered.reason());
    return List.of(new RunTallied(view));
  }
}
