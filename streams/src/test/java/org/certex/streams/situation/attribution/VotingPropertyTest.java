package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionEvent;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.ToolboxVote;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;

/**
 * Random member states casting random sequences of votes, in random interleavings, folded into a
 * proposal's state as the topology folds them ({@link ProposalStates#cast}) and decided by the
 * procedure's rule, against a plain oracle: each state's last vote is what counts.
 */
class VotingPropertyTest {

  private static final List<String> STATES =
      List.of("AT", "BE", "DE", "EE", "LT", "PL", "PT", "SE");
  private static final Instant T = Instant.parse("2025-03-04T08:00:00Z");

  /** The voters, and each state's own votes in the order it cast them (some never vote). */
  record Ballots(SortedSet<String> voters, Map<String, List<VoteChoice>> byState) {

    /** One interleaving of all the votes that keeps each state's own order. */
    List<Map.Entry<String, VoteChoice>> interleaved(long seed) {
      List<String> slots = new ArrayList<>();
      byState.forEach((state, votes) -> votes.forEach(v -> slots.add(state)));
      Collections.shuffle(slots, new Random(seed));
      Map<String, Iterator<VoteChoice>> next = new HashMap<>();
      byState.forEach((state, votes) -> next.put(state, votes.iterator()));
      return slots.stream().map(s -> Map.entry(s, next.get(s).next())).toList();
    }

    VoteChoice last(String state) {
      List<VoteChoice> votes = byState.getOrDefault(state, List.of());
      return votes.isEmpty() ? null : votes.get(votes.size() - 1);
    }
  }

  @Provide
  Arbitrary<Ballots> ballots() {
    Arbitrary<Set<String>> voters = Arbitraries.of(STATES).set().ofMinSize(1).ofMaxSize(6);
    Arbitrary<Map<String, List<VoteChoice>>> votes =
        Arbitraries.maps(
                Arbitraries.of(STATES), Arbitraries.of(VoteChoice.class).list().ofMaxSize(3))
            .ofMaxSize(STATES.size());
    return Combinators.combine(voters, votes).as((v, b) -> new Ballots(new TreeSet<>(v), b));
  }

  private static ProposalOutcome decide(
      DecisionProcedure procedure, Ballots ballots, List<Map.Entry<String, VoteChoice>> order) {
    ToolboxProposalState state =
        ToolboxProposalState.newBuilder()
            .setProposal(
                ToolboxProposal.newBuilder()
                    .setProposalId("p")
                    .setMeasure(ToolboxMeasure.EU_DECLARATION)
                    .setSubject("s")
                    .setProcedure(procedure)
                    .setDeadline(T.plusSeconds(86_400))
                    .build())
            .setProposedBy("presidency")
            .setOpenedAt(T)
            .build();
    int second = 0;
    for (Map.Entry<String, VoteChoice> vote : order) {
      TraineeAction action =
          TraineeAction.newBuilder()
              .setActionId("v-" + second)
              .setRunId("run")
              .setActor("rep-" + vote.getKey())
              .setType(ActionType.VOTE)
              .setAt(T.plusSeconds(++second))
              .setVote(
                  ToolboxVote.newBuilder().setProposalId("p").setChoice(vote.getValue()).build())
              .build();
      state = ProposalStates.cast(state, vote.getKey(), action).state();
    }
    return DecisionRule.of(procedure).decide(ballots.voters(), ProposalStates.standing(state));
  }

  @Property(tries = 400)
  void unanimityIsIndependentOfTheOrderOfVotes(
      @ForAll("ballots") Ballots ballots, @ForAll long one, @ForAll long other) {
    assertThat(decide(DecisionProcedure.UNANIMITY, ballots, ballots.interleaved(one)))
        .isEqualTo(decide(DecisionProcedure.UNANIMITY, ballots, ballots.interleaved(other)));
  }

  @Property(tries = 400)
  void silenceIsIndependentOfTheOrderOfVotes(
      @ForAll("ballots") Ballots ballots, @ForAll long one, @ForAll long other) {
    assertThat(decide(DecisionProcedure.SILENCE, ballots, ballots.interleaved(one)))
        .isEqualTo(decide(DecisionProcedure.SILENCE, ballots, ballots.interleaved(other)));
  }

  @Property(tries = 400)
  void anyStandingObjectionAtTheDeadlineBlocks(
      @ForAll("ballots") Ballots ballots, @ForAll DecisionProcedure procedure, @ForAll long seed) {
    List<String> objecting =
        ballots.voters().stream().filter(s -> ballots.last(s) == VoteChoice.OBJECT).toList();
    ProposalOutcome outcome = decide(procedure, ballots, ballots.interleaved(seed));
    assertThat(outcome.blockedBy()).isEqualTo(objecting);
    assertThat(outcome.kind() == AttributionEvent.BLOCKED).isEqualTo(!objecting.isEmpty());
  }

  @Property(tries = 400)
  void unanimityAdoptsOnlyWhenEveryStateApprovedOrAbstainedAndOneApproved(
      @ForAll("ballots") Ballots ballots, @ForAll long seed) {
    List<String> missing = ballots.voters().stream().filter(s -> ballots.last(s) == null).toList();
    boolean noObjection =
        ballots.voters().stream().noneMatch(s -> ballots.last(s) == VoteChoice.OBJECT);
    boolean oneApproved =
        ballots.voters().stream().anyMatch(s -> ballots.last(s) == VoteChoice.APPROVE);
    ProposalOutcome outcome =
        decide(DecisionProcedure.UNANIMITY, ballots, ballots.interleaved(seed));
    assertThat(outcome.missing()).isEqualTo(missing);
    assertThat(outcome.kind() == AttributionEvent.ADOPTED)
        .isEqualTo(noObjection && missing.isEmpty() && oneApproved);
  }

  @Property(tries = 400)
  void silenceIsConsent(@ForAll("ballots") Ballots ballots, @ForAll long seed) {
    ProposalOutcome outcome = decide(DecisionProcedure.SILENCE, ballots, ballots.interleaved(seed));
    assertThat(outcome.missing()).isEmpty();
    assertThat(outcome.kind()).isIn(AttributionEvent.ADOPTED, AttributionEvent.BLOCKED);
  }
}
