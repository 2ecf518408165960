package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certex.streams.situation.incidents.IncidentScene.alert;
import static org.certex.streams.situation.incidents.IncidentScene.ip;

import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.SituationSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentBoundsTopologyTest {

  private static final IncidentLimits SMALL = new IncidentLimits(2, 3, 400 * 1024);

  private final IncidentsPipeline pipeline =
      new IncidentsPipeline(IncidentScene.ROSTER, SituationSettings.newBuilder().build(), SMALL);

  @AfterEach
  void stop() {
    pipeline.close();
  }

  @Test
  @DisplayName("past its limits an incident stops growing and says why")
  void limitsAreSaid() {
    for (String source : List.of("CERT-DE", "CERT-FR", "CERT-NL", "CERT-RS")) {
      pipeline.publish(
          alert(source.toLowerCase() + "-1", source, 10)
              .setIndicators(List.of(ip("1.1.1.1")))
              .build());
    }

    Incident incident =
        IncidentsPipeline.fold(pipeline.incidentRecords()).values().iterator().next();
    assertThat(IncidentsTopologyTest.ids(incident))
        .containsExactlyInAnyOrder("cert-de-1", "cert-fr-1", "cert-nl-1");
    assertThat(incident.getLimits()).containsExactly(SMALL.keyFull(), SMALL.membersReached());
    assertThat(SMALL.keyFull())
        .isEqualTo(
            "an indicator or campaign of its alerts was shared by more than 2 alerts within the"
                + " window: alerts arriving later may not have joined through it");
    assertThat(SMALL.membersReached())
        .isEqualTo(
            "reached its limit of 3 member alerts: alerts correlated with it later are left out");
  }

  @Test
  @DisplayName("noise on a full key costs two links an alert and grows no state past the limit")
  void noiseOnAFullKey() {
    for (int i = 0; i < 50; i++) {
      pipeline.publish(
          alert("noise-" + i, "CERT-DE", i).setIndicators(List.of(ip("9.9.9.9"))).build());
    }

    assertThat(pipeline.incidents.isEmpty()).as("one organisation: no incident").isTrue();
    long sightings = 0;
    try (var all = pipeline.driver.getWindowStore(IncidentsTopology.SIGHTINGS_STORE).all()) {
      while (all.hasNext()) {
        all.next();
        sightings++;
      }
    }
    assertThat(sightings).as("the key's index holds at most its limit").isEqualTo(2);
    long grouped = 0;
    try (var all = pipeline.driver.getKeyValueStore(IncidentsTopology.ROOTS_STORE).all()) {
      while (all.hasNext()) {
        all.next();
        grouped++;
      }
    }
    assertThat(grouped).as("the group holds at most its member limit").isEqualTo(3);
  }
}
