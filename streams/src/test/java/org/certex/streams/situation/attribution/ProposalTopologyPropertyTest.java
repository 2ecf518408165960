package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.attribution.ToolboxPipeline.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.VoteChoice;
import org.certex.streams.situation.attribution.VotingPropertyTest.Ballots;
import org.certex.streams.situation.attribution.VotingPropertyTest.Cast;

/**
 * The voting properties through the whole topology: the outcome does not depend on the order in
 * which the proposal and the member states' votes arrive (re-keying does not keep it), as long as
 * they all arrive before the clock passes them (the toolbox then takes them in scenario-time
 * order), and an objection standing at the deadline blocks. One test driver serves every try
 * (starting one costs half a second); each try plays, on a day of its own, three proposals of its
 * own, one per order of arrival of the same votes, all sent before the clock passes them.
 */
class ProposalTopologyPropertyTest {

  private static final Map<String, String> REPRESENTATIVES =
      Map.of("PL", "MFA-PL", "EE", "MFA-EE", "LT", "MFA-LT", "DE", "AA-DE", "PT", "MFA-PT");

  private static ToolboxPipeline pipeline;
  private static int day;

  @BeforeContainer
  static void start() {
    pipeline = new ToolboxPipeline();
  }

  @AfterContainer
  static void stop() {
    pipeline.close();
  }

  @Provide
  Arbitrary<Ballots> ballots() {
    return Arbitraries.maps(
            Arbitraries.of(REPRESENTATIVES.keySet()),
            Arbitraries.of(VoteChoice.class).list().ofMaxSize(3))
        .ofMaxSize(REPRESENTATIVES.size())
        .map(votes -> new Ballots(new TreeSet<>(REPRESENTATIVES.keySet()), votes));
  }

  /**
   * Sends a proposal made at 1 h of {@code day} and these votes (cast from 1 h on, a minute apart),
   * arriving in this order, the proposal itself arriving after {@code proposalAfter} of them.
   */
  private static void send(
      String id, Instant day, DecisionProcedure procedure, List<Cast> arrival, int proposalAfter) {
    Instant opened = day.plus(Duration.ofHours(1));
    for (int i = 0; i <= arrival.size(); i++) {
      if (i == Math.min(proposalAfter, arrival.size())) {
        pipeline.propose("MFA-PL", id, procedure, deadline(day), opened);
      }
      if (i < arrival.size()) {
        Cast vote = arrival.get(i);
        pipeline.vote(
            REPRESENTATIVES.get(vote.state()),
            id,
            vote.choice(),
            opened.plus(Duration.ofMinutes(vote.minute())));
      }
    }
  }

  private static Instant deadline(Instant day) {
    return day.plus(Duration.ofHours(10));
  }

  /** Each proposal's outcome, once the clock has passed every action sent and then the deadline. */
  private static Map<String, AttributionRecord> outcomes(Instant day) {
    pipeline.passTime();
    pipeline.tick(deadline(day));
    Map<String, AttributionRecord> outcomes = new java.util.HashMap<>();
    pipeline.attribution.readValuesToList().stream()
        .filter(r -> AttributionTopology.isOutcome(r.getKind()))
        .forEach(r -> assertThat(outcomes.put(r.getProposalId(), r)).isNull());
    return outcomes;
  }

  @Property(tries = 100)
  void theOutcomeDoesNotDependOnTheOrderOfArrival(
      @ForAll("ballots") Ballots ballots,
      @ForAll DecisionProcedure procedure,
      @ForAll long castOrder,
      @ForAll long one,
      @ForAll long other,
      @ForAll @IntRange(max = 16) int proposalAfter) {
    Instant today = at(Duration.ofDays(++day));
    List<Cast> cast = ballots.cast(castOrder);
    send("a-" + day, today, procedure, cast, 0);
    send("b-" + day, today, procedure, Ballots.arriving(cast, one), proposalAfter);
    send("c-" + day, today, procedure, Ballots.arriving(cast, other), 0);
    Map<String, AttributionRecord> outcomes = outcomes(today);
    AttributionRecord inOrder = outcomes.get("a-" + day);
    assertThat(inOrder).isNotNull();
    assertThat(List.of("b-" + day, "c-" + day))
        .allSatisfy(
            id ->
                assertThat(outcomes.get(id))
                    .usingRecursiveComparison()
                    .ignoringFields("proposalId", "noticeAlertId")
                    .isEqualTo(inOrder));

    List<String> objecting =
        ballots.voters().stream().filter(s -> ballots.last(s) == VoteChoice.OBJECT).toList();
    assertThat(inOrder.getBlockedBy()).isEqualTo(objecting);
    assertThat(inOrder.getKind() == AttributionEvent.BLOCKED).isEqualTo(!objecting.isEmpty());
  }
}
