package org.certex.streams.situation.attribution;

import java.time.Instant;
import org.certex.avro.TraineeAction;

/**
 * What the proposals' processor takes, one at a time: a proposal or a vote, or a clock tick that
 * says what scenario time it is. Lives only inside the topology (between a merge and a processor),
 * so it needs no serde.
 */
record ProposalInput(TraineeAction action, Instant tick) {

  static ProposalInput action(TraineeAction action) {
    return new ProposalInput(action, null);
  }

  static ProposalInput tick(Instant tick) {
    return new ProposalInput(null, tick);
  }

  boolean isTick() {
    return tick != null;
  }
}
