package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.TraineeAction;

/**
 * Opens proposals, admits votes and decides each proposal at its deadline, on the first clock tick
 * at or after it, stamped with the deadline itself. Proposals and votes arrive keyed by proposal
 * id, so a proposal's votes meet its state ({@value AttributionTopology#PROPOSALS_STORE}) in one
 * task; the ticks reach every task. A decided proposal stays in the store with its outcome, so a
 * second tick (ticks are broadcast, and may repeat) decides nothing again and later votes are
 * refused.
 */
final class DecideProposals implements Processor<String, ProposalInput, String, AttributionRecord> {

  private final AttributionSettings settings;
  private final AttributionRecords records;
  private final ProposalAdmission admission = new ProposalAdmission();
  private final VoteAdmission votes = new VoteAdmission();
  private ProcessorContext<String, AttributionRecord> context;
  private KeyValueStore<String, ToolboxProposalState> proposals;
  private DeadlineIndex deadlines;

  DecideProposals(AttributionSettings settings, AttributionRecords records) {
    this.settings = settings;
    this.records = records;
  }

  @Override
  public void init(ProcessorContext<String, AttributionRecord> context) {
    this.context = context;
    this.proposals = context.getStateStore(AttributionTopology.PROPOSALS_STORE);
    this.deadlines = new DeadlineIndex(context.getStateStore(AttributionTopology.DEADLINES_STORE));
  }

  @Override
  public void process(Record<String, ProposalInput> record) {
    ProposalInput input = record.value();
    if (input.isTick()) {
      decideDue(input.tick());
    } else if (input.action().getType() == ActionType.PROPOSE) {
      propose(input.action());
    } else {
      vote(input.action());
    }
  }

  private void propose(TraineeAction action) {
    ToolboxProposal p = action.getProposal();
    SortedSet<String> voters = settings.memberStates().voters();
    Optional<Refusal> refusal =
        admission.refusal(
            p.getProposalId(),
            proposals.get(p.getProposalId()) != null,
            action.getAt(),
            p.getDeadline(),
            voters);
    if (refusal.isPresent()) {
      emit(p.getProposalId(), records.proposalRefused(action, refusal.get()));
      return;
    }
    proposals.put(
        p.getProposalId(),
        ToolboxProposalState.newBuilder()
            .setProposal(p)
            .setProposedBy(action.getActor())
            .setOpenedAt(action.getAt())
            .build());
    deadlines.add(p.getDeadline(), p.getProposalId());
    emit(p.getProposalId(), records.proposalOpened(action, voters));
  }

  private void vote(TraineeAction action) {
    String proposalId = action.getVote().getProposalId();
    ToolboxProposalState state = proposals.get(proposalId);
    Optional<String> memberState = settings.memberStates().representedBy(action.getActor());
    ToolboxProposal proposal = state == null ? null : state.getProposal();
    Optional<Refusal> refusal =
        votes.refusal(
            proposalId,
            Optional.ofNullable(state).map(ProposalStates::status),
            action.getActor(),
            memberState,
            action.getAt());
    if (refusal.isPresent()) {
      emit(proposalId, records.voteRefused(action, proposal, memberState, refusal.get()));
      return;
    }
    ProposalStates.Cast cast = ProposalStates.cast(state, memberState.get(), action);
    proposals.put(proposalId, cast.state());
    emit(proposalId, records.vote(action, proposal, memberState, cast.reason()));
  }

  private void decideDue(Instant now) {
    for (String proposalId : deadlines.dueBy(now)) {
      ToolboxProposalState state = proposals.get(proposalId);
      Instant deadline = state.getProposal().getDeadline();
      deadlines.remove(deadline, proposalId);
      if (state.getOutcome() != null) {
        continue;
      }
      ProposalOutcome outcome =
          DecisionRule.of(state.getProposal().getProcedure())
              .decide(settings.memberStates().voters(), ProposalStates.standing(state));
      proposals.put(proposalId, ProposalStates.decided(state, outcome));
      emit(
          proposalId,
          records.outcome(
              state,
              outcome,
              settings.publisherFor(state.getProposedBy()),
              OutcomeNotice.alertId(proposalId)));
    }
  }

  private void emit(String key, AttributionRecord value) {
    context.forward(new Record<>(key, value, value.getScenarioTime().toEpochMilli()));
  }
}
