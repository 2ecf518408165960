package org.certex.streams.situation.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.streams.situation.incidents.IncidentScene.alert;

import java.time.Instant;
import java.util.List;
import org.certex.avro.ActionType;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.EscalationLevel;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.IncidentCorrelation;
import org.certex.avro.IncidentDeclaration;
import org.certex.avro.IncidentEvent;
import org.certex.avro.IncidentLink;
import org.certex.avro.TraineeAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentAssemblyTest {

  private final MemoryAssembly state = new MemoryAssembly();
  private IncidentAssembly assembly = assembly(IncidentLimits.DEFAULTS);

  private IncidentAssembly assembly(IncidentLimits limits) {
    return new CorrelationSimulation(new CorrelationWindow(1, 1), limits, IncidentScene.ROSTER)
        .assembly(state);
  }

  private static CorrelatedAlert a(String id, String source, long minutes) {
    return IncidentScene.correlated(alert(id, source, minutes).build());
  }

  private List<AssemblyOutput> link(CorrelatedAlert x, CorrelatedAlert y) {
    return assembly.apply(new IncidentCorrelation(new IncidentLink(x, y, false), null), x.getAt());
  }

  private static List<Incident> published(List<AssemblyOutput> outputs) {
    return outputs.stream()
        .filter(o -> o instanceof AssemblyOutput.Published)
        .map(o -> ((AssemblyOutput.Published) o).incident())
        .toList();
  }

  @Test
  @DisplayName("a link between two organisations' alerts makes an incident under the older's id")
  void twoOrganisations() {
    CorrelatedAlert de = a("de-1", "CERT-DE", 0);
    List<Incident> out = published(link(a("fr-1", "CERT-FR", 10), de));

    assertThat(out)
        .extracting(Incident::getIncidentId, Incident::getEvent)
        .containsExactly(tuple(de.getCandidateId(), IncidentEvent.UPDATED));
    assertThat(IncidentsTopologyTest.ids(out.get(0))).containsExactly("de-1", "fr-1");
    assertThat(state.incidentIds).containsOnlyKeys(de.getCandidateId());
  }

  @Test
  @DisplayName("alerts of one organisation are kept as a group, but published as no incident")
  void oneOrganisation() {
    assertThat(link(a("de-2", "CERT-DE", 10), a("de-1", "CERT-DE", 0))).isEmpty();
    assertThat(state.roots).containsOnlyKeys("de-1", "de-2");
    assertThat(state.incidentIds).isEmpty();
  }

  @Test
  @DisplayName("an older alert that joins renames the incident: the younger id is MERGED into it")
  void olderAlertRenames() {
    CorrelatedAlert fr = a("fr-1", "CERT-FR", 60);
    link(a("nl-1", "CERT-NL", 90), fr);
    CorrelatedAlert de = a("de-1", "CERT-DE", 0);

    assertThat(published(link(de, fr)))
        .extracting(Incident::getIncidentId, Incident::getEvent, Incident::getMergedInto)
        .containsExactly(
            tuple(fr.getCandidateId(), IncidentEvent.MERGED, de.getCandidateId()),
            tuple(de.getCandidateId(), IncidentEvent.UPDATED, null));
  }

  @Test
  @DisplayName("a declaration naming an incident that merged away escalates the survivor")
  void declarationAfterMerge() {
    CorrelatedAlert fr = a("fr-1", "CERT-FR", 60);
    link(a("nl-1", "CERT-NL", 90), fr);
    CorrelatedAlert de = a("de-1", "CERT-DE", 0);
    link(a("rs-1", "CERT-RS", 5), de);
    link(fr, de);

    List<AssemblyOutput> out =
        assembly.apply(declaration(fr.getCandidateId(), null), Instant.EPOCH);

    assertThat(published(out))
        .extracting(Incident::getIncidentId, Incident::getEvent)
        .containsExactly(tuple(de.getCandidateId(), IncidentEvent.LARGE_SCALE));
    assertThat(out).hasAtLeastOneElementOfType(AssemblyOutput.Notice.class);
  }

  @Test
  @DisplayName("a declaration naming an alert of another incident than the one it names is refused")
  void declarationMismatch() {
    CorrelatedAlert de = a("de-1", "CERT-DE", 0);
    link(a("fr-1", "CERT-FR", 5), de);
    link(a("rs-1", "CERT-RS", 500), a("nl-1", "CERT-NL", 400));

    List<AssemblyOutput> out =
        assembly.apply(declaration(de.getCandidateId(), "rs-1"), Instant.EPOCH);

    assertThat(out)
        .singleElement()
        .extracting(o -> ((AssemblyOutput.Refused) o).reason())
        .isEqualTo(
            "ESCALATE to LARGE_SCALE alert 'rs-1' is no member of incident '"
                + de.getCandidateId()
                + "'");
  }

  @Test
  @DisplayName("a waiting declaration escalates when its alert's group becomes an incident")
  void waitingDeclaration() {
    CorrelatedAlert de1 = a("de-1", "CERT-DE", 0);
    CorrelatedAlert de2 = a("de-2", "CERT-DE", 5);
    link(de2, de1);
    assertThat(assembly.apply(declaration(null, "de-1"), Instant.EPOCH)).isEmpty();
    assertThat(state.pending).containsOnlyKeys("de-1");

    List<AssemblyOutput> out = link(a("fr-1", "CERT-FR", 10), de2);

    assertThat(published(out))
        .extracting(
            Incident::getEvent,
            i -> i.getLargeScale() == null ? null : i.getLargeScale().getDeclaredBy())
        .containsExactly(
            tuple(IncidentEvent.UPDATED, null), tuple(IncidentEvent.LARGE_SCALE, "CERT-DE"));
    assertThat(state.pending).isEmpty();
  }

  @Test
  @DisplayName("a declaration that waited a whole window is refused; a younger one waits on")
  void waitedTooLong() {
    assembly.apply(declaration(null, "old"), Instant.EPOCH);
    IncidentCorrelation young = declaration(null, "young");
    young.getDeclaration().getAction().setAt(Instant.ofEpochMilli(5));
    assembly.apply(young, Instant.EPOCH);

    List<AssemblyOutput> out = assembly.expire(Instant.ofEpochMilli(2));

    assertThat(out)
        .singleElement()
        .extracting(o -> ((AssemblyOutput.Refused) o).reason())
        .asString()
        .contains("names alert 'old', which joined no incident");
    assertThat(state.pending).containsOnlyKeys("young");
  }

  @Test
  @DisplayName("two escalated incidents merge into one escalation, not a third")
  void escalatedOnce() {
    CorrelatedAlert de = a("de-1", "CERT-DE", 0);
    link(a("fr-1", "CERT-FR", 5), de);
    assembly.apply(declaration(de.getCandidateId(), null), Instant.EPOCH);
    CorrelatedAlert nl = a("nl-1", "CERT-NL", 10);
    link(a("rs-1", "CERT-RS", 15), nl);
    assembly.apply(declaration(nl.getCandidateId(), null), Instant.EPOCH);

    List<AssemblyOutput> out = link(nl, de);

    assertThat(published(out))
        .extracting(Incident::getEvent)
        .containsExactly(IncidentEvent.MERGED, IncidentEvent.UPDATED);
    assertThat(published(out).get(1).getLargeScale().getNoticeAlertId())
        .isEqualTo(de.getCandidateId() + "-large-scale");
  }

  @Test
  @DisplayName("an incident at its size limit takes no more alerts and says so")
  void sizeLimit() {
    assembly = assembly(new IncidentLimits(100, 100, IncidentSize.FIXED_BYTES + 3_000));
    String sector = "s".repeat(256);
    CorrelatedAlert first =
        IncidentScene.correlated(alert("de-1", "CERT-DE", 0).setSector(sector).build());
    CorrelatedAlert second =
        IncidentScene.correlated(alert("fr-1", "CERT-FR", 1).setSector(sector).build());
    link(second, first);
    CorrelatedAlert third =
        IncidentScene.correlated(alert("nl-1", "CERT-NL", 2).setSector(sector).build());

    List<Incident> out = published(link(third, first));

    assertThat(out)
        .singleElement()
        .satisfies(
            incident -> {
              assertThat(IncidentsTopologyTest.ids(incident)).containsExactly("de-1", "fr-1");
              assertThat(incident.getLimits())
                  .containsExactly(
                      "reached its size limit of 11,192 bytes: alerts correlated with it later are left"
                          + " out");
            });
    assertThat(state.roots).doesNotContainKey("nl-1");
    assertThat(published(link(third, second))).as("said once").isEmpty();
  }

  @Test
  @DisplayName("a full incident takes no new alert, writes nothing for it, and says so once")
  void memberLimit() {
    assembly = assembly(new IncidentLimits(100, 3, 400 * 1024));
    CorrelatedAlert de = a("de-1", "CERT-DE", 0);
    link(a("fr-1", "CERT-FR", 1), de);
    link(a("nl-1", "CERT-NL", 2), de);

    List<Incident> first = published(link(a("rs-1", "CERT-RS", 3), de));
    assertThat(first).singleElement().satisfies(i -> assertThat(i.getLimits()).hasSize(1));
    for (int i = 0; i < 20; i++) {
      assertThat(link(a("noise-" + i, "CERT-RS", 4 + i), de)).isEmpty();
    }
    List<Incident> keyFull =
        published(
            assembly.apply(
                new IncidentCorrelation(new IncidentLink(a("late", "CERT-RS", 30), de, true), null),
                Instant.EPOCH));

    assertThat(keyFull).singleElement().satisfies(i -> assertThat(i.getLimits()).hasSize(2));
    assertThat(state.roots).containsOnlyKeys("de-1", "fr-1", "nl-1");
  }

  @Test
  @DisplayName("the size estimate is never below the encoded size")
  void sizeEstimate() {
    String wide = "\u20ac".repeat(200);
    IncidentAlert.Builder big =
        alert("x".repeat(128), "CERT-DE", 0)
            .setSector(wide)
            .setAffectedCountries(List.of(wide, wide, wide));
    CorrelatedAlert one = IncidentScene.correlated(big.build());
    CorrelatedAlert two = IncidentScene.correlated(big.setAlertId("y".repeat(128)).build());
    link(two, one);
    Incident incident = state.components.values().iterator().next();

    assertThat(IncidentSize.of(incident))
        .isGreaterThanOrEqualTo(
            org.certex.schemas.AvroSerde.of(Incident.class).encode(incident).length);
  }

  private static IncidentCorrelation declaration(String incidentId, String alertId) {
    TraineeAction action =
        TraineeAction.newBuilder()
            .setActionId("act")
            .setRunId(IncidentScene.RUN)
            .setActor("CERT-DE")
            .setType(ActionType.ESCALATE)
            .setEscalation(EscalationLevel.LARGE_SCALE)
            .setIncidentId(incidentId)
            .setAlertId(alertId)
            .setAt(Instant.EPOCH)
            .build();
    return new IncidentCorrelation(null, new IncidentDeclaration(action, "k", 0, 0L));
  }
}
