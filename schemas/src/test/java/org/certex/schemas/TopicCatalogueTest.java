package org.certex.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {

  @Test
  @DisplayName("a run is a namespace of topics; control has one partition")
  void runNamespace() {
    RunTopics topics = TopicCatalogue.forRun("cyber-tesla-2021-20261123-120000", 3);
    assertThat(topics.alerts().name()).isEqualTo("certex.cyber-tesla-2021-20261123-120000.alerts");
    assertThat(topics.all())
        .allMatch(t -> t.name().startsWith("certex.cyber-tesla-2021-20261123-120000."));
    assertThat(topics.control().partitions()).isEqualTo(1);
    assertThat(topics.deliveries().partitions()).isEqualTo(3);
    assertThat(topics.all()).extracting(TopicSpec::name).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("run ids are recovered from topic names and patterns")
  void runIdOfTopic() {
    String deliveries = TopicCatalogue.forRun("r-1", 1).deliveries().name();
    assertThat(TopicCatalogue.runIdOf(deliveries)).contains("r-1");
    assertThat(TopicCatalogue.runIdIn(TopicCatalogue.deliveriesOfAnyRun(), deliveries))
        .contains("r-1");
    assertThat(TopicCatalogue.runIdIn(TopicCatalogue.deadLettersOfAnyRun(), deliveries)).isEmpty();
    assertThat(TopicCatalogue.runIdOf(TopicCatalogue.runs().name())).isEmpty();
  }

  @Test
  @DisplayName("run ids that would break topic names are refused")
  void badRunIds() {
    assertThatThrownBy(() -> TopicCatalogue.forRun("has.dot", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TopicCatalogue.forRun("", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TopicCatalogue.forRun("ok", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
