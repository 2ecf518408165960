package org.certex.streams.situation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.attribution.ToolboxPipeline.T0;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ActionType;
import org.certex.avro.TraineeAction;
import org.certex.schemas.DeadLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Actions that cannot be read as assessments, proposals or votes go to the dead-letter topic with
 * their reasons; actions of other topologies are left alone; every node is named.
 */
class AttributionDeadLetterTest {

  private final ToolboxPipeline pipeline = new ToolboxPipeline();

  @AfterEach
  void stop() {
    pipeline.close();
  }

  private static String reason(TestRecord<byte[], byte[]> letter) {
    Header header = letter.headers().lastHeader(DeadLetters.REASON);
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "malformed toolbox actions are dead-lettered with their reasons, nothing on the attribution"
          + " topic")
  void malformedActions() {
    pipeline.send(pipeline.action("MFA-PL", ActionType.VOTE, T0).build());
    TraineeAction stranger = pipeline.action("SPY", ActionType.PROPOSE, T0).build();
    pipeline.send(stranger);
    List<TestRecord<byte[], byte[]>> letters = pipeline.deadLetters.readRecordsToList();
    assertThat(letters)
        .extracting(AttributionDeadLetterTest::reason)
        .containsExactly(
            "VOTE action action-1 carries no vote", "PROPOSE action action-2 carries no proposal");
    assertThat(letters)
        .extracting(
            l ->
                new String(
                    l.headers().lastHeader(DeadLetters.SOURCE_TOPIC).value(),
                    StandardCharsets.UTF_8))
        .containsOnly(pipeline.topics.actions().name());
    assertThat(pipeline.attribution.isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "a record without a value is dead-lettered once (by the sharing topology); other actions, and"
          + " an ATTRIBUTE without an assessment, are not the toolbox's")
  void othersActionsAndEmptyRecords() {
    pipeline.actions.pipeInput("a-1", null, T0);
    pipeline.send(pipeline.action("MFA-PL", ActionType.ACKNOWLEDGE, T0).build());
    pipeline.send(pipeline.action("MFA-PL", ActionType.REPORT, T0).build());
    pipeline.send(pipeline.action("MFA-PL", ActionType.ATTRIBUTE, T0).build());
    assertThat(pipeline.deadLetters.readRecordsToList())
        .extracting(AttributionDeadLetterTest::reason)
        .containsExactly("the record has no value");
    assertThat(pipeline.attribution.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("every node of the topology is named: no generated names")
  void namedNodes() {
    TopologyDescription description = pipeline.topology.describe();
    assertThat(description.subtopologies())
        .flatExtracting(TopologyDescription.Subtopology::nodes)
        .extracting(TopologyDescription.Node::name)
        .noneMatch(name -> name.startsWith("KSTREAM-") || name.startsWith("KTABLE-"))
        .contains(
            "attribution-action-types",
            "check-attribution-action",
            "dead-letter-invalid-attribution-action",
            "attribution-rekeyed-sequence",
            "attribution-rekeyed-in-time-order",
            "attribution-rekeyed-repartition-source",
            "assess-attribution",
            "decide-proposals",
            "attribution-sink",
            "outcome-notices-sink");
    assertThat(description.toString())
        .contains("decide-proposals (stores: [attribution-deadlines, attribution-proposals])")
        .contains("assess-attribution (stores: [attribution-subjects])");
  }
}
