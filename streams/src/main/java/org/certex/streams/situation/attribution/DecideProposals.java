package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionRecord;
import org.certex.avro.StandingVote;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RecordLimits;
import org.certex.streams.situation.attribution.DeadlineIndex.Due;
import org.certex.streams.situation.attribution.DeadlineIndex.Kind;

/**
 * Opens proposals, admits votes and decides each proposal at its deadline, on the first clock tick
 * at or after it, stamped with the deadline itself. Proposals and votes arrive keyed by proposal
 * id, so a proposal's votes meet its state ({@value AttributionTopology#PROPOSALS_STORE}) in one
 * task, in scenario-time order, with the watermark as its clock ({@link
 * org.certex.streams.topology.TimeOrderedRepartition}). A late vote (one that reached the pipeline
 * after the clock passed it) may still come before its proposal or after a later vote of the same
 * state: it waits for its proposal ({@link VoteAdmission#WAIT_FOR_PROPOSAL}), and the vote that
 * stands is the state's latest by scenario time. A decided proposal stays in the store with its
 * outcome, so a second tick (ticks are broadcast, and may repeat) decides nothing again and later
 * votes are refused.
 */
final class DecideProposals implements Processor<String, ProposalInput, String, AttributionRecord> {

  private final AttributionSettings settings;
  private final AttributionRecords records;
  private final ProposalAdmission admission = new ProposalAdmission();
  private final VoteAdmission votes = new VoteAdmission();
  private ProcessorContext<String, AttributionRecord> context;
  private KeyValueStore<String, ToolboxProposalState> proposals;
  private DeadlineIndex due;

  DecideProposals(AttributionSettings settings, AttributionRecords records) {
    this.settings = settings;
    this.records = records;
  }

  @Override
  public void init(ProcessorContext<String, AttributionRecord> context) {
    this.context = context;
    this.proposals = context.getStateStore(AttributionTopology.PROPOSALS_STORE);
    this.due = new DeadlineIndex(context.getStateStore(AttributionTopology.DEADLINES_STORE));
  }

  @Override
  public void process(Record<String, ProposalInput> record) {
    ProposalInput input = record.value();
    if (input.isTick()) {
      due.dueBy(input.tick()).forEach(this::fallDue);
    } else if (input.action().getType() == ActionType.PROPOSE) {
      propose(input.action());
    } else {
      vote(input.action());
    }
  }

  private void propose(TraineeAction action) {
    ToolboxProposal p = action.getProposal();
    String id = p.getProposalId();
    ToolboxProposalState before = proposals.get(id);
    SortedSet<String> voters = settings.memberStates().voters();
    Optional<Refusal> refusal =
        admission.refusal(
            id, ProposalStates.isOpened(before), action.getAt(), p.getDeadline(), voters);
    if (refusal.isPresent()) {
      emit(id, records.proposalRefused(action, refusal.get()));
      return;
    }
    ToolboxProposalState state =
        ProposalStates.opened(before, p, action.getActor(), action.getAt());
    due.add(new Due(p.getDeadline(), Kind.DEADLINE, id));
    emit(id, records.proposalOpened(action, voters));
    for (StandingVote waiting : state.getWaiting()) {
      due.remove(new Due(waitsUntil(waiting), Kind.WAITING, id));
      state = castOn(state, Ballot.of(id, waiting));
    }
    proposals.put(id, ProposalStates.withWaiting(state, List.of()));
  }

  private void vote(TraineeAction action) {
    String id = action.getVote().getProposalId();
    ToolboxProposalState state = proposals.get(id);
    Optional<String> memberState = settings.memberStates().representedBy(action.getActor());
    Ballot ballot = Ballot.of(action, memberState.orElse(null));
    ToolboxProposal proposal = ProposalStates.isOpened(state) ? state.getProposal() : null;
    if (memberState.isEmpty()) {
      emit(
          id, records.voteRefused(ballot, proposal, VoteAdmission.notARepresentative(ballot.by())));
    } else if (proposal != null) {
      proposals.put(id, castOn(state, ballot));
    } else if (state != null && state.getWaiting().size() >= RecordLimits.PARTICIPANTS) {
      emit(id, records.voteRefused(ballot, null, VoteAdmission.unknown(id, ballot.at())));
    } else {
      proposals.put(id, ProposalStates.waiting(state, ballot));
      due.add(new Due(waitsUntil(ballot.toStanding()), Kind.WAITING, id));
    }
  }

  /** The ballot on an opened proposal: refused, or cast (standing if it is the state's latest). */
  private ToolboxProposalState castOn(ToolboxProposalState state, Ballot ballot) {
    ToolboxProposal proposal = state.getProposal();
    Optional<Refusal> refusal =
        votes.refusal(
            ballot.proposalId(),
            Optional.of(ProposalStates.status(state)),
            ballot.by(),
            Optional.of(ballot.memberState()),
            ballot.at());
    if (refusal.isPresent()) {
      emit(ballot.proposalId(), records.voteRefused(ballot, proposal, refusal.get()));
      return state;
    }
    ProposalStates.Cast cast = ProposalStates.cast(state, ballot);
    emit(ballot.proposalId(), records.vote(ballot, proposal, cast.reason()));
    return cast.state();
  }

  private void fallDue(Due entry) {
    due.remove(entry);
    ToolboxProposalState state = proposals.get(entry.proposalId());
    if (state == null) {
      return;
    }
    if (entry.kind() == Kind.WAITING) {
      refuseWaitedLongEnough(entry, state);
    } else if (state.getOutcome() == null) {
      decide(entry.proposalId(), state);
    }
  }

  /** The votes that have waited their time for a proposal that was not opened are refused. */
  private void refuseWaitedLongEnough(Due entry, ToolboxProposalState state) {
    if (ProposalStates.isOpened(state)) {
      return;
    }
    List<StandingVote> still = new ArrayList<>();
    for (StandingVote waiting : state.getWaiting()) {
      if (waitsUntil(waiting).isAfter(entry.at())) {
        still.add(waiting);
      } else {
        Ballot ballot = Ballot.of(entry.proposalId(), waiting);
        Refusal unknown = VoteAdmission.unknown(ballot.proposalId(), ballot.at());
        emit(ballot.proposalId(), records.voteRefused(ballot, null, unknown));
      }
    }
    if (still.isEmpty()) {
      proposals.delete(entry.proposalId());
    } else {
      proposals.put(entry.proposalId(), ProposalStates.withWaiting(state, still));
    }
  }

  private void decide(String proposalId, ToolboxProposalState state) {
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

  private static Instant waitsUntil(StandingVote waiting) {
    return waiting.getAt().plus(VoteAdmission.WAIT_FOR_PROPOSAL);
  }

  private void emit(String key, AttributionRecord value) {
    context.forward(new Record<>(key, value, value.getScenarioTime().toEpochMilli()));
  }
}
