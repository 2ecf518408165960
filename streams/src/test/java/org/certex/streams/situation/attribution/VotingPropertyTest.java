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
import org.certex.avro.AttributionEvent;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxProposalState;
import org.certex.avro.VoteChoice;

/**
 * Random member states casting random sequences of votes at random times, arriving in any order
 * (re-keying does not keep it), folded into a proposal's state as the topology folds them ({@link
 * ProposalStates#cast}) and decided by the procedure's rule, against a plain oracle: each state's
 * last vote in scenario time is what counts.
 */
class VotingPropertyTest {

  private static final List<String> STATES =
      List.of("AT", "BE", "DE", "EE", "LT", "PL", "PT", "SE");
  private static final Instant T = Instant.parse("2025-03-04T08:00:00Z");

  /** One vote as cast: by whom, what, and in which scenario minute after the proposal. */
  record Cast(String state, VoteChoice choice, int minute) {}

  /** The voters, and each state's own votes in the order it cast them (some never vote). */
  record Ballots(SortedSet<String> voters, Map<String, List<VoteChoice>> byState) {

    /** The votes in the order they were cast, a minute apart, keeping each state's own order. */
    List<Cast> cast(long seed) {
      List<String> slots = new ArrayList<>();
      byState.forEach((state, votes) -> votes.forEach(v -> slots.add(state)));
      Collections.shuffle(slots, new Random(seed));
      Map<String, Iterator<VoteChoice>> next = new HashMap<>();
      byState.forEach((state, votes) -> next.put(state, votes.iterator()));
      List<Cast> cast = new ArrayList<>();
      for (String state : slots) {
        cast.add(new Cast(state, next.get(state).next(), cast.size() + 1));
      }
      return cast;
    }

    /** The same votes in any order of arrival. */
    static List<Cast> arriving(List<Cast> cast, long seed) {
      List<Cast> arrival = new ArrayList<>(cast);
      Collections.shuffle(arrival, new Random(seed));
      return arrival;
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
      DecisionProcedure procedure, Ballots ballots, List<Cast> arrival) {
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
    for (Cast vote : arrival) {
      Ballot ballot =
          new Ballot(
              "p",
              vote.state(),
              "rep-" + vote.state(),
              vote.choice(),
              T.plusSeconds(60L * vote.minute()),
              "v-" + vote.minute());
      state = ProposalStates.cast(state, ballot).state();
    }
    return DecisionRule.of(procedure).decide(ballots.voters(), ProposalStates.standing(state));
  }

  @Property(tries = 400)
  void theOutcomeIsIndependentOfTheOrderInWhichVotesArrive(
      @ForAll("ballots") Ballots ballots,
      @ForAll DecisionProcedure procedure,
      @ForAll long castOrder,
      @ForAll long one,
      @ForAll long other) {
    List<Cast> cast = ballots.cast(castOrder);
    assertThat(decide(procedure, ballots, Ballots.arriving(cast, one)))
        .isEqualTo(decide(procedure, ballots, Ballots.arriving(cast, other)))
        .isEqualTo(decide(procedure, ballots, cast));
  }

  @Property(tries = 400)
  void anyStandingObjectionAtTheDeadlineBlocks(
      @ForAll("ballots") Ballots ballots,
      @ForAll DecisionProcedure procedure,
      @ForAll long castOrder,
      @ForAll long arrival) {
    List<String> objecting =
        ballots.voters().stream().filter(s -> ballots.last(s) == VoteChoice.OBJECT).toList();
    ProposalOutcome outcome =
        decide(procedure, ballots, Ballots.arriving(ballots.cast(castOrder), arrival));
    assertThat(outcome.blockedBy()).isEqualTo(objecting);
    assertThat(outcome.kind() == AttributionEvent.BLOCKED).isEqualTo(!objecting.isEmpty());
  }

  @Property(tries = 400)
  void unanimityAdoptsOnlyWhenEveryStateApprovedOrAbstainedAndOneApproved(
      @ForAll("ballots") Ballots ballots, @ForAll long castOrder, @ForAll long arrival) {
    List<String> missing = ballots.voters().stream().filter(s -> ballots.last(s) == null).toList();
    boolean noObjection =
        ballots.voters().stream().noneMatch(s -> ballots.last(s) == VoteChoice.OBJECT);
    boolean oneApproved =
        ballots.voters().stream().anyMatch(s -> ballots.last(s) == VoteChoice.APPROVE);
    ProposalOutcome outcome =
        decide(
            DecisionProcedure.UNANIMITY,
            ballots,
            Ballots.arriving(ballots.cast(castOrder), arrival));
    assertThat(outcome.missing()).isEqualTo(missing);
    assertThat(outcome.kind() == AttributionEvent.ADOPTED)
        .isEqualTo(noObjection && missing.isEmpty() && oneApproved);
  }

  @Property(tries = 400)
  void silenceIsConsent(
      @ForAll("ballots") Ballots ballots, @ForAll long castOrder, @ForAll long arrival) {
    ProposalOutcome outcome =
        decide(
            DecisionProcedure.SILENCE, ballots, Ballots.arriving(ballots.cast(castOrder), arrival));
    assertThat(outcome.missing()).isEmpty();
    assertThat(outcome.kind()).isIn(AttributionEvent.ADOPTED, AttributionEvent.BLOCKED);
  }
}
