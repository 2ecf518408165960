package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.attribution.ToolboxPipeline.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.VoteChoice;
import org.certex.streams.situation.attribution.VotingPropertyTest.Ballots;

/**
 * The voting properties through the whole topology: the outcome does not depend on the order in
 * which the member states' votes arrive, and an objection standing at the deadline blocks. One test
 * driver serves every try (starting one costs half a second); each try plays two proposals of its
 * own, one per order of the same votes, on a day of its own.
 */
class ProposalTopologyPropertyTest {

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

  private static final Map<String, String> REPRESENTATIVES =
      Map.of("PL", "MFA-PL", "EE", "MFA-EE", "LT", "MFA-LT", "DE", "AA-DE", "PT", "MFA-PT");

  @Provide
  Arbitrary<Ballots> ballots() {
    return Arbitraries.maps(
            Arbitraries.of(REPRESENTATIVES.keySet()),
            Arbitraries.of(VoteChoice.class).list().ofMaxSize(3))
        .ofMaxSize(REPRESENTATIVES.size())
        .map(votes -> new Ballots(new TreeSet<>(REPRESENTATIVES.keySet()), votes));
  }

  /** The outcome of a proposal that got these votes, in this order. */
  private static AttributionRecord outcome(
      String id,
      Instant day,
      DecisionProcedure procedure,
      List<Map.Entry<String, VoteChoice>> votes) {
    Instant deadline = day.plus(Duration.ofHours(10));
    pipeline.propose("MFA-PL", id, procedure, deadline, day.plus(Duration.ofHours(1)));
    int minute = 60;
    for (Map.Entry<String, VoteChoice> vote : votes) {
      pipeline.vote(
          REPRESENTATIVES.get(vote.getKey()),
          id,
          vote.getValue(),
          day.plus(Duration.ofMinutes(++minute)));
    }
    pipeline.tick(deadline);
    return pipeline.attribution.readValuesToList().stream()
        .filter(r -> AttributionTopology.isOutcome(r.getKind()))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  @Property(tries = 100)
  void theOutcomeDoesNotDependOnTheOrderOfVotes(
      @ForAll("ballots") Ballots ballots,
      @ForAll DecisionProcedure procedure,
      @ForAll long one,
      @ForAll long other) {
    Instant today = at(Duration.ofDays(++day));
    AttributionRecord first = outcome("a-" + day, today, procedure, ballots.interleaved(one));
    AttributionRecord second = outcome("b-" + day, today, procedure, ballots.interleaved(other));
    assertThat(second)
        .usingRecursiveComparison()
        .ignoringFields("proposalId", "noticeAlertId")
        .isEqualTo(first);

    Set<String> objecting = new TreeSet<>();
    ballots.voters().stream()
        .filter(s -> ballots.last(s) == VoteChoice.OBJECT)
        .forEach(objecting::add);
    assertThat(first.getBlockedBy()).containsExactlyElementsOf(objecting);
    assertThat(first.getKind() == AttributionEvent.BLOCKED).isEqualTo(!objecting.isEmpty());
  }
}
