package org.certex.streams.topology;

import java.util.HashSet;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.AlertSharingState;
import org.certex.avro.TraineeAction;

/**
 * Decides a team's share request or permission against the alert's state in the sharing store: one
 * decision for its targets, and the new holders remembered. A request for an alert the run has not
 * seen cannot be decided and goes on as a problem, for the dead-letter topic. Actions are keyed by
 * alert id like alerts, so the request meets the alert's state in the same task.
 */
final class DecideSharingRequest
    implements FixedKeyProcessor<String, TraineeAction, RequestOutcome> {

  private final String storeName;
  private final SharingDecisions decisions;
  private FixedKeyProcessorContext<String, RequestOutcome> context;
  private KeyValueStore<String, AlertSharingState> sharing;

  DecideSharingRequest(String storeName, SharingDecisions decisions) {
    this.storeName = storeName;
    this.decisions = decisions;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, RequestOutcome> context) {
    this.context = context;
    this.sharing = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, TraineeAction> record) {
    TraineeAction action = record.value();
    AlertSharingState state = sharing.get(action.getAlertId());
    if (state == null) {
      context.forward(record.withValue(RequestOutcome.unknownAlert(action)));
      return;
    }
    DecidedAlert decided =
        decisions.decideRequest(state.getAlert(), action, new HashSet<>(state.getHolders()));
    sharing.put(action.getAlertId(), AlertHolders.after(state, decided));
    context.forward(record.withValue(RequestOutcome.decided(action, decided)));
  }
}
