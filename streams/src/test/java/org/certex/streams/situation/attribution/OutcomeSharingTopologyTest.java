package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.avro.DecisionProcedure.SILENCE;
import static org.certex.avro.VoteChoice.OBJECT;
import static org.certex.streams.situation.attribution.ToolboxPipeline.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.Delivery;
import org.certex.avro.RecipientVerdict;
import org.certex.avro.SharingDecision;
import org.certex.avro.SituationSettings;
import org.certex.avro.Tlp;
import org.certex.streams.policy.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outcome's notice goes through the sharing policy like any alert: the sharing topology of the
 * same run decides it (TLP:CLEAR: anyone) and delivers it to every participant.
 */
class OutcomeSharingTopologyTest {

  private static final Instant DEADLINE = at(Duration.ofHours(4));
  private static final List<String> EVERYONE =
      ToolboxPipeline.ROSTER.stream().map(Party::id).toList();

  @Test
  @DisplayName(
      "a blocked proposal's notice, from the proposer by default: one decision, a delivery to every"
          + " participant at the deadline")
  void noticeIsDecidedAndDelivered() {
    try (ToolboxPipeline pipeline = new ToolboxPipeline()) {
      pipeline.propose("MFA-PL", "listing-1", SILENCE, DEADLINE, at(Duration.ofHours(1)));
      pipeline.vote("MFA-PT", "listing-1", OBJECT, at(Duration.ofHours(2)));
      pipeline.tick(DEADLINE);

      TestRecord<String, SharingDecision> decision = pipeline.decisions.readRecord();
      assertThat(pipeline.decisions.isEmpty()).isTrue();
      assertThat(decision.key()).isEqualTo("listing-1-outcome");
      assertThat(decision.value().getTlp()).isEqualTo(Tlp.CLEAR);
      assertThat(decision.value().getSourceOrg()).isEqualTo("MFA-PL");
      assertThat(decision.value().getDecidedAt()).isEqualTo(DEADLINE);
      assertThat(decision.value().getVerdicts())
          .extracting(RecipientVerdict::getRecipient)
          .containsExactlyInAnyOrderElementsOf(EVERYONE);
      assertThat(decision.value().getVerdicts()).allMatch(RecipientVerdict::getDeliver);
      assertThat(decision.value().getVerdicts())
          .filteredOn(v -> !v.getRecipient().equals("MFA-PL"))
          .extracting(RecipientVerdict::getReason)
          .containsOnly("CLEAR_ANYONE");

      List<TestRecord<String, Delivery>> deliveries = pipeline.deliveries.readRecordsToList();
      assertThat(deliveries)
          .extracting(TestRecord::key)
          .containsExactlyInAnyOrderElementsOf(EVERYONE);
      assertThat(deliveries).extracting(TestRecord::getRecordTime).containsOnly(DEADLINE);
      assertThat(deliveries)
          .extracting(d -> d.value().getAlert().getText())
          .containsOnly(
              "Outcome of proposal listing-1 (restrictive measures on GREY-HERON, silence"
                  + " procedure, deadline 2025-03-04T12:00:00Z): blocked: PT broke silence.");
      assertThat(pipeline.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  @DisplayName("the scenario's outcome source publishes instead of the proposer")
  void scenarioOutcomeSource() {
    try (ToolboxPipeline pipeline =
        new ToolboxPipeline(
            SituationSettings.newBuilder().setOutcomeSource("COUNCIL-SEC").build())) {
      pipeline.propose("MFA-PL", "declaration-1", SILENCE, DEADLINE, at(Duration.ofHours(1)));
      pipeline.tick(DEADLINE);
      assertThat(pipeline.attribution.readValuesToList())
          .last()
          .satisfies(outcome -> assertThat(outcome.getBy()).isEqualTo("COUNCIL-SEC"));
      assertThat(pipeline.decisions.readValue().getSourceOrg()).isEqualTo("COUNCIL-SEC");
      assertThat(pipeline.deliveries.readRecordsToList())
          .extracting(TestRecord::key)
          .containsExactlyInAnyOrderElementsOf(EVERYONE);
    }
  }
}
