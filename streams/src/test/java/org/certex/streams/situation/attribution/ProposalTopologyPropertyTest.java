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
 * which the proposal and the member states' votes arrive (re-keying does not keep it), and an
 * objection standing at the deadline blocks. One test driver serves every try (starting one costs
 * half a second); each try plays two proposals of its own, one per order of arrival of the same
 * votes, on a day of its own.
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
   * The outcome of a proposal made at 1 h that got these votes (cast from 1 h on, a minute apart),
   * arriving in this order, the proposal itself arriving after {@code proposalAfter} of them.
   */
  private static AttributionRecord outcome(
      String id, Instant day, DecisionProcedure procedure, List<Cast> arrival, int proposalAfter) {
    Instant deadline = day.plus(Duration.ofHours(10));
    Instant opened = day.plus(Duration.ofHours(1));
    for (int i = 0; i <= arrival.size(); i++) {
      if (i == Math.min(proposalAfter, arrival.size())) {
        pipeline.propose("MFA-PL", id, procedure, deadline, opened);
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
    pipeline.tick(deadline);
    return pipeline.attribution.readValuesToList().stream()
        .filter(r -> AttributionTopology.isOutcome(r.getKind()))
        .reduce((first, second) -> second)
        .orElseThrow();
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
    AttributionRecord inOrder = outcome("a-" + day, today, procedure, cast, 0);
    AttributionRecord shuffled =
        outcome("b-" + day, today, procedure, Ballots.arriving(cast, one), proposalAfter);
    AttributionRecord again =
        outcome("c-" + day, today, procedure, Ballots.arriving(cast, other), 0);
    assertThat(List.of(shuffled, again))
        .allSatisfy(
            record ->
                assertThat(record)
                    .usingRecursiveComparison()
                    .ignoringFields("proposalId", "noticeAlertId")
                    .isEqualTo(inOrder));

    List<String> objecting =
        ballots.voters().stream().filter(s -> ballots.last(s) == VoteChoice.OBJECT).toList();
    assertThat(inOrder.getBlockedBy()).isEqualTo(objecting);
    assertThat(inOrder.getKind() == AttributionEvent.BLOCKED).isEqualTo(!objecting.isEmpty());
  }
}
