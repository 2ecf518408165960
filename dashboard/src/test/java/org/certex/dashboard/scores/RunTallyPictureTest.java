package org.certex.dashboard.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.dashboard.scores.TallyEvents.RUN;
import static org.certex.dashboard.scores.TallyEvents.T0;
import static org.certex.dashboard.scores.TallyEvents.at;
import static org.certex.dashboard.scores.TallyEvents.decided;
import static org.certex.dashboard.scores.TallyEvents.delivered;
import static org.certex.dashboard.scores.TallyEvents.participant;
import static org.certex.dashboard.scores.TallyEvents.recorded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.certex.avro.Incident;
import org.certex.avro.IncidentEvent;
import org.certex.avro.LargeScaleEscalation;
import org.certex.avro.Severity;
import org.certex.dashboard.scores.PictureView.CountryRow;
import org.certex.dashboard.scores.PictureView.FlowRow;
import org.certex.dashboard.scores.PictureView.ParticipantRow;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.ExerciseEvent.AttributionRecorded;
import org.certex.dashboard.views.ExerciseEvent.IncidentChanged;
import org.certex.dashboard.views.ParticipantView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The situation picture, folded from a run's events")
class RunTallyPictureTest {

  private static final List<String> LABELS =
      List.of("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED");

  private final RunTally tally = new RunTally();

  @Test
  @DisplayName("flows go between countries unfiltered, between organisations for a country")
  void flowsByCountryAndByOrganisation() {
    tally.apply(
        recorded(List.of(participant("FR-CERT"), participant("FR-OP1"), participant("DE-CERT"))));
    tally.apply(delivered("a1", "FR-OP1", "FR-CERT", "TLP:AMBER", 10));
    tally.apply(delivered("a1", "FR-OP1", "DE-CERT", "TLP:AMBER", 10));
    tally.apply(delivered("a2", "FR-CERT", "DE-CERT", "TLP:AMBER", 20));
    tally.apply(delivered("a1", "FR-OP1", "IT-CERT", "TLP:AMBER", 30, "DE-CERT"));
    tally.apply(decided("s1", "DE-CERT", "a1", "ES-CERT:RED_NOT_NAMED"));

    PictureView all = tally.picture(PictureQuery.ALL);
    assertThat(all.flows())
        .containsExactlyInAnyOrder(
            new FlowRow("FR", "DE", "TLP:AMBER", 2, 0),
            new FlowRow("FR", "FR", "TLP:AMBER", 1, 0),
            new FlowRow("DE", ParticipantRoster.UNKNOWN_COUNTRY, "TLP:AMBER", 1, 1));
    assertThat(all.countries())
        .extracting(CountryRow::country, CountryRow::participants, CountryRow::euMember)
        .containsExactly(
            tuple("FR", 2, true),
            tuple("DE", 1, true),
            tuple(ParticipantRoster.UNKNOWN_COUNTRY, 0, false));
    assertThat(all.countries().get(0))
        .extracting(CountryRow::alertsSent, CountryRow::alertsReceived)
        .containsExactly(3L, 1L);

    PictureView de = tally.picture(PictureQuery.of("de", null, null));
    assertThat(de.participants()).extracting(ParticipantRow::id).containsExactly("DE-CERT");
    assertThat(de.flows())
        .extracting(FlowRow::from, FlowRow::to, FlowRow::count, FlowRow::refused)
        .containsExactlyInAnyOrder(
            tuple("FR-OP1", "DE-CERT", 1L, 0L),
            tuple("FR-CERT", "DE-CERT", 1L, 0L),
            tuple("DE-CERT", "IT-CERT", 1L, 0L),
            tuple("DE-CERT", "ES-CERT", 0L, 1L));
    assertThat(de.flows())
        .filteredOn(f -> f.refused() > 0)
        .extracting(FlowRow::label)
        .as("a refused share is drawn with the label of the alert it concerned")
        .containsExactly("TLP:AMBER");

    PictureView op = tally.picture(PictureQuery.of(null, "op1", null));
    assertThat(op.participants())
        .extracting(ParticipantRow::id, ParticipantRow::sent, ParticipantRow::received)
        .containsExactly(tuple("FR-OP1", 2L, 0L));
    assertThat(op.flows()).extracting(FlowRow::from).containsOnly("FR-OP1");
  }

  @Test
  @DisplayName(
      "alerts over time count each alert once, in at most 120 buckets however long the run")
  void alertsOverTime() {
    tally.apply(recorded(List.of(participant("FR-CERT"), participant("DE-CERT"))));
    tally.apply(delivered("a1", "FR-CERT", "DE-CERT", "TLP:RED", 5));
    tally.apply(delivered("a1", "FR-CERT", "IT-CERT", "TLP:RED", 5));
    tally.apply(delivered("a2", "FR-CERT", "DE-CERT", "TLP:GREEN", 25));
    tally.apply(delivered("a2", "FR-CERT", "ES-CERT", "TLP:GREEN", 26, "DE-CERT"));

    PictureView.Series short_ = tally.picture(PictureQuery.ALL).series();
    assertThat(short_.bucketSeconds()).isEqualTo(10);
    assertThat(short_.labels()).containsExactlyElementsOf(LABELS);
    assertThat(short_.alertsOverTime())
        .extracting(row -> row.get("t"), row -> row.get("TLP:RED"), row -> row.get("TLP:GREEN"))
        .containsExactly(tuple(T0, 1L, 0L), tuple(at(10), 0L, 0L), tuple(at(20), 0L, 1L));

    for (int hour = 1; hour <= 24; hour++) {
      tally.apply(delivered("b" + hour, "FR-CERT", "DE-CERT", "TLP:AMBER", hour * 3600));
    }
    PictureView.Series day = tally.picture(PictureQuery.ALL).series();
    assertThat(day.bucketSeconds()).isEqualTo(1800);
    assertThat(day.alertsOverTime()).hasSize(49);
    assertThat(total(day, "TLP:AMBER")).isEqualTo(24);
    assertThat(total(day, "TLP:RED") + total(day, "TLP:GREEN")).isEqualTo(2);
  }

  @Test
  @DisplayName("incidents: those standing, the large-scale ones first, merged ones gone")
  void incidents() {
    tally.apply(incident("INC-1", IncidentEvent.UPDATED, null));
    tally.apply(incident("INC-2", IncidentEvent.UPDATED, null));
    tally.apply(incident("INC-3", IncidentEvent.UPDATED, null));
    tally.apply(incident("INC-1", IncidentEvent.LARGE_SCALE, "FR-CERT"));
    tally.apply(incident("INC-3", IncidentEvent.UPDATED, null));
    tally.apply(incident("INC-2", IncidentEvent.MERGED, null));

    PictureView.Incidents incidents = tally.picture(PictureQuery.ALL).incidents();
    assertThat(incidents.total()).isEqualTo(2);
    assertThat(incidents.largeScale()).isEqualTo(1);
    assertThat(incidents.list())
        .extracting(PictureView.IncidentRow::incidentId)
        .containsExactly("INC-1", "INC-3");
    assertThat(incidents.list().get(0).largeScale().declaredBy()).isEqualTo("FR-CERT");
  }

  @Test
  @DisplayName("attribution: proposals with their state and votes, and coordinated attributions")
  void attribution() {
    tally.apply(attribution("PROPOSAL_OPENED", "P1", null, null));
    tally.apply(attribution("VOTE", "P1", "DE", "APPROVE"));
    tally.apply(attribution("VOTE", "P1", "FR", "OBJECT"));
    tally.apply(attribution("VOTE", "P9", "FR", "OBJECT"));
    tally.apply(attribution("BLOCKED", "P1", null, null));
    tally.apply(attribution("COORDINATED_ATTRIBUTION", null, null, null));

    PictureView.Attribution attribution = tally.picture(PictureQuery.ALL).attribution();
    assertThat(attribution.proposals())
        .extracting(
            PictureView.ProposalRow::proposalId,
            PictureView.ProposalRow::state,
            PictureView.ProposalRow::votes)
        .containsExactly(tuple("P1", "BLOCKED", Map.of("DE", "APPROVE", "FR", "OBJECT")));
    assertThat(attribution.coordinated()).hasSize(1);
  }

  @Test
  @DisplayName("a 500-organisation run of 100,000 deliveries answers within the picture's limits")
  void fiveHundredOrganisations() {
    List<ParticipantView> participants = new ArrayList<>();
    List<String> countries = List.of("AT", "BE", "FR", "DE", "IT", "JP", "US", "SE", "PL", "ES");
    for (int i = 0; i < 500; i++) {
      String country = countries.get(i % countries.size());
      participants.add(
          new ParticipantView(
              String.format("%s-ORG-%03d", country, i), "Org " + i, country, "operator"));
    }
    tally.apply(recorded(participants));
    Random random = new Random(7);
    for (int d = 0; d < 100_000; d++) {
      String source = participants.get(random.nextInt(500)).id();
      String recipient = participants.get(random.nextInt(500)).id();
      tally.apply(delivered("n" + d / 3, source, recipient, LABELS.get(random.nextInt(5)), d / 10));
      if (d % 100 == 0) {
        tally.apply(decided("s" + d, recipient, "n" + d / 3, source + ":RED_NOT_NAMED"));
      }
    }

    PictureView all = tally.picture(PictureQuery.ALL);
    assertThat(all.countries()).hasSize(10);
    assertThat(all.countries().stream().mapToLong(CountryRow::alertsReceived).sum())
        .isEqualTo(100_000);
    assertThat(all.participants()).hasSize(PictureQuery.DEFAULT_LIMIT);
    assertThat(all.flows()).hasSize(OrganisationPicture.MAX_FLOWS);
    assertThat(all.series().alertsOverTime()).hasSizeLessThanOrEqualTo(AlertSeries.MAX_BUCKETS);
    assertThat(LABELS.stream().mapToLong(label -> total(all.series(), label)).sum())
        .as("each alert counted once, not once per delivery")
        .isEqualTo(33_334);

    PictureView fr = tally.picture(PictureQuery.of("FR", null, 200));
    assertThat(fr.participants()).hasSize(50).allMatch(p -> p.country().equals("FR"));
    assertThat(fr.flows())
        .hasSize(OrganisationPicture.MAX_FLOWS)
        .allMatch(f -> f.from().startsWith("FR-") || f.to().startsWith("FR-"));
    assertThat(fr.flows().get(0).count()).isGreaterThanOrEqualTo(fr.flows().get(299).count());
    PictureView one = tally.picture(PictureQuery.of(null, "org-042", 200));
    assertThat(one.participants()).extracting(ParticipantRow::id).containsExactly("FR-ORG-042");
    assertThat(one.flows())
        .hasSizeLessThanOrEqualTo(OrganisationPicture.MAX_FLOWS)
        .allMatch(f -> f.from().equals("FR-ORG-042") || f.to().equals("FR-ORG-042"));
    assertThat(tally.picture(PictureQuery.of(null, null, 200)).participants()).hasSize(200);
  }

  @Test
  @DisplayName("a query is checked where it enters, with what was expected")
  void queriesAreChecked() {
    assertThatThrownBy(() -> PictureQuery.of("F1", null, null))
        .hasMessageContaining("country code");
    assertThatThrownBy(() -> PictureQuery.of(null, "x".repeat(101), null))
        .hasMessageContaining("1 to 100 characters");
    assertThatThrownBy(() -> PictureQuery.of(null, null, 201)).hasMessageContaining("1 to 200");
    assertThatThrownBy(() -> PictureQuery.of(null, null, 0)).hasMessageContaining("1 to 200");
    assertThat(PictureQuery.of("", "", null)).isEqualTo(PictureQuery.ALL);
  }

  private static long total(PictureView.Series series, String label) {
    return series.alertsOverTime().stream().mapToLong(row -> (Long) row.get(label)).sum();
  }

  private static IncidentChanged incident(String id, IncidentEvent event, String declaredBy) {
    Incident incident =
        Incident.newBuilder()
            .setRunId(RUN)
            .setIncidentId(id)
            .setEvent(event)
            .setCountries(List.of("DE", "FR"))
            .setFirstSeen(T0)
            .setLastSeen(at(60))
            .setHighestSeverity(Severity.HIGH)
            .setMergedInto(event == IncidentEvent.MERGED ? "INC-1" : null)
            .setLargeScale(
                declaredBy == null
                    ? null
                    : new LargeScaleEscalation("declared", declaredBy, List.of("DE", "FR"), null))
            .setScenarioTime(at(60))
            .build();
    return new IncidentChanged(RUN, incident);
  }

  private static AttributionRecorded attribution(
      String kind, String proposalId, String memberState, String choice) {
    return new AttributionRecorded(
        RUN,
        new AttributionView(
            kind,
            "campaign-x",
            "APT-X",
            memberState,
            memberState,
            null,
            proposalId,
            "SANCTIONS",
            "UNANIMITY",
            choice,
            at(3600),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            false,
            at(60)));
  }
}
