package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.certex.avro.ClockState;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Nis2Report;
import org.certex.avro.Pap;
import org.certex.avro.ReportingClock;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;
import org.certex.dashboard.access.AccessInterceptor;
import org.certex.dashboard.access.AccessKeys;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.access.ClearancePolicy;
import org.certex.dashboard.access.HeaderKeyFilter;
import org.certex.dashboard.actions.ActionCheck;
import org.certex.dashboard.actions.ActionController;
import org.certex.dashboard.actions.ActionRecords;
import org.certex.dashboard.actions.TeamAction;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.web.DashboardProblems;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.certex.streams.situation.clocks.ReportingClocksTopology;
import org.certex.streams.topology.RunPipeline;
import org.certex.streams.topology.RunSetup;
import org.certex.streams.topology.SharingTopology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end without a broker: an early warning a team sends through the dashboard's endpoint,
 * written as the dashboard writes it ({@link ActionRecords}, keyed by {@link
 * TeamAction#recordKey()}, stamped with its scenario time), closes its NIS2 clock MET in the run's
 * pipeline (sharing and reporting clocks, under {@code TopologyTestDriver}), as an automatic
 * player's report does. Lives in the launcher, the one module that has both the dashboard and the
 * pipeline.
 */
class EarlyWarningFromThePageTest {

  private static final String RUN = "nis2-page-20261123-090000";
  private static final Instant T0 = ExerciseFixtures.SCENARIO_START;
  private static final List<Party> ROSTER =
      List.of(
          Party.of("CERT-FR", "FR", "national-csirt", true).withClients("ENERGY-FR"),
          Party.of("ENERGY-FR", "FR", "operator", true));

  @TempDir Path state;

  @Test
  @DisplayName("an early warning sent from the page closes the entity's clock MET, naming it")
  void earlyWarningMeetsItsClock() throws Exception {
    RunTopics topics = TopicCatalogue.forRun(RUN, 3);
    IncidentAlert incident = incident();
    List<TeamAction> written = new ArrayList<>();
    MockMvc page = dashboard(incident, written);

    MockHttpServletResponse answer =
        page.perform(
                MockMvcRequestBuilders.post("/api/runs/" + RUN + "/certs/ENERGY-FR/actions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(
                        AccessInterceptor.KEY_HEADER,
                        KEYS.keyFor(RUN, AccessRole.cert("ENERGY-FR")))
                    .content(
                        """
                        {"type":"REPORT","alertId":"inc-1","targets":["CERT-FR"],
                         "report":"EARLY_WARNING",
                         "fields":{"suspectedMalicious":"yes","crossBorderImpact":"none known"}}"""))
            .andReturn()
            .getResponse();
    assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(202);
    String actionId =
        JsonMapper.builder()
            .build()
            .readTree(answer.getContentAsString())
            .get("actionId")
            .asString();

    try (TopologyTestDriver pipeline = pipeline(topics)) {
      pipeline
          .createInputTopic(
              topics.alerts().name(),
              topics.alerts().keySerde().serializer(),
              topics.alerts().valueSerde().serializer())
          .pipeInput(incident.getAlertId(), incident, incident.getReportedAt());
      TeamAction action = written.get(0);
      pipeline
          .createInputTopic(
              topics.actions().name(),
              topics.actions().keySerde().serializer(),
              topics.actions().valueSerde().serializer())
          .pipeInput(action.recordKey(), ActionRecords.traineeAction(action), action.at());
      TestOutputTopic<String, ReportingClock> clocks =
          pipeline.createOutputTopic(
              topics.clocks().name(),
              topics.clocks().keySerde().deserializer(),
              topics.clocks().valueSerde().deserializer());

      assertThat(clocks.readValuesToList())
          .filteredOn(clock -> clock.getReport() == Nis2Report.EARLY_WARNING)
          .extracting(ReportingClock::getState, ReportingClock::getActionId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ClockState.OPENED, null),
              org.assertj.core.groups.Tuple.tuple(ClockState.MET, actionId));
    }
  }

  private static final AccessKeys KEYS =
      AccessKeys.withSecret("a fixed test secret, 32+ characters");

  /** The dashboard's endpoint over a fold that has the run, the entity's own alert and a tick. */
  private static MockMvc dashboard(IncidentAlert incident, List<TeamAction> written) {
    ExerciseViews views = new ExerciseViews(10);
    views.apply(
        new ExerciseEventDecoder()
            .recorded(ExerciseFixtures.exerciseRun(RUN, "CERT-FR", "ENERGY-FR")));
    Delivery own =
        Delivery.newBuilder()
            .setDeliveryId("inc-1>ENERGY-FR")
            .setRunId(RUN)
            .setRecipient("ENERGY-FR")
            .setReason("SOURCE_OWN_ALERT")
            .setDeliveredAt(incident.getReportedAt())
            .setAlert(incident)
            .build();
    views.apply(new ExerciseEvent.AlertDelivered(RUN, ExerciseEventDecoder.view(own)));
    views.apply(ExerciseFixtures.ticked(RUN, 90));
    return MockMvcBuilders.standaloneSetup(
            new ActionController(new ActionCheck(views), written::add))
        .addFilters(new HeaderKeyFilter())
        .addInterceptors(new AccessInterceptor(new ClearancePolicy(KEYS)))
        .setControllerAdvice(new DashboardProblems())
        .build();
  }

  private TopologyTestDriver pipeline(RunTopics topics) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "early-warning-from-the-page");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    RunSetup setup = new RunSetup(topics, ROSTER, new Tlp2Policy(SharingRules.EU_DEFAULTS));
    return new TopologyTestDriver(
        RunPipeline.compose(setup, List.of(new SharingTopology(), new ReportingClocksTopology())),
        props,
        T0);
  }

  /** A significant incident of an essential entity, reported to its national CSIRT. */
  private static IncidentAlert incident() {
    return IncidentAlert.newBuilder()
        .setAlertId("inc-1")
        .setRunId(RUN)
        .setSourceOrg("ENERGY-FR")
        .setSourceCountry("FR")
        .setAddressees(List.of("CERT-FR"))
        .setDetectedAt(T0.plus(Duration.ofMinutes(10)))
        .setReportedAt(T0.plus(Duration.ofMinutes(30)))
        .setRsitClass(RsitClass.AVAILABILITY)
        .setRsitType("ddos")
        .setSeverity(Severity.HIGH)
        .setTlp(Tlp.AMBER)
        .setPap(Pap.GREEN)
        .setNis2EntityType(Nis2EntityType.ESSENTIAL)
        .setSignificantIncident(true)
        .setText("grid control portal unreachable")
        .build();
  }
}
