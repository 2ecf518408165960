package org.certex.producers.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.certex.producers.scenario.RunRecords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Run ids")
class RunIdsTest {

  @Test
  @DisplayName("are the scenario id and the UTC start, as long as the loader assumes")
  void format() {
    String runId = RunIds.of("grid-drill", Instant.parse("2026-01-05T08:09:10Z"));

    assertThat(runId).isEqualTo("grid-drill-20260105-080910");
    // The loader checks a scenario's records with a stand-in run id of this length.
    assertThat(runId).hasSameSizeAs(RunRecords.standInRunId("grid-drill"));
  }
}
