package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.certex.avro.IncidentMember;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FullIncidentsTest {

  private final FullIncidents full = new FullIncidents();

  private static Component group(String root, int members, boolean stored) {
    List<IncidentMember> all = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      all.add(LargeScaleRuleTest.member(root + "-" + i, "DE", false));
    }
    return new Component(
        root, LargeScaleRuleTest.incident(all.toArray(IncidentMember[]::new)), stored);
  }

  @Test
  @DisplayName("a new alert linked to a remembered full incident is left out, if nothing is new")
  void leavesOut() {
    full.remember(group("r", 3, true), List.of("full"), 3);

    assertThat(full.leavesOut(null, "r", List.of())).isTrue();
    assertThat(full.leavesOut("r", null, List.of("full"))).isTrue();
    assertThat(full.leavesOut(null, "r", List.of("key full"))).as("a note to add").isFalse();
    assertThat(full.leavesOut("x", "r", List.of())).as("two groups: read them").isFalse();
    assertThat(full.leavesOut(null, "other", List.of())).isFalse();
  }

  @Test
  @DisplayName("only stored groups at their member limit are remembered")
  void remembersOnlyFull() {
    full.remember(group("small", 2, true), List.of(), 3);
    full.remember(group("new", 3, false), List.of(), 3);

    assertThat(full.leavesOut(null, "small", List.of())).isFalse();
    assertThat(full.leavesOut(null, "new", List.of())).isFalse();
  }
}
