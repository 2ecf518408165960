package org.certex.dashboard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.certex.dashboard.ExerciseFixtures.SCENARIO_START;
import static org.certex.dashboard.ExerciseFixtures.delivery;
import static org.certex.dashboard.ExerciseFixtures.exerciseRun;
import static org.certex.dashboard.PlayFixtures.member;
import static org.certex.dashboard.PlayFixtures.minute;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ClockState;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.InjectFired;
import org.certex.avro.InjectPlacement;
import org.certex.avro.Nis2Report;
import org.certex.avro.Outcome;
import org.certex.avro.PlannedExpectation;
import org.certex.avro.PlannedInject;
import org.certex.avro.ReportingClock;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.TraineeAction;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.dashboard.ExerciseFixtures;
import org.certex.dashboard.PlayFixtures;
import org.certex.dashboard.RunLogWriter;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.feed.FeedConsumerSettings;
import org.certex.dashboard.feed.RunFeed;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The run feed against a real broker: the exercise as played reaches the views")
class RunFeedBrokerTest {

  private static final String RUN = "feed-20261123-090000";
  private static final String FR = "FR-CERT";
  private static final String DE = "DE-CERT";
  private static final RunTopics TOPICS = TopicCatalogue.forRun(RUN, 3);

  private static EmbeddedKafkaBroker broker;
  private static RunLogWriter runLog;
  private static KafkaProducer<byte[], byte[]> producer;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startTemporary();
    runLog = new RunLogWriter(broker.bootstrapServers(), TOPICS);
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  @AfterAll
  static void stopBroker() {
    if (producer != null) {
      producer.close();
    }
    if (runLog != null) {
      runLog.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @DisplayName(
      "writes the MSEL, engine records, an inject, an outcome, actions, a clock, an incident,"
          + " attribution and a dead letter; sees each in the views, and skips a bad record")
  void foldsTheExercise() {
    ExerciseRun run = exerciseRun(RUN, FR, DE);
    run.setHeld(true);
    run.setMsel(List.of(planned()));
    runLog.record(run);
    runLog.deliver(delivery(RUN, "alert-1", FR, 1));
    runLog.control(engine(ControlCommand.START, 0));
    runLog.control(engine(ControlCommand.TICK, 2));
    send(TOPICS.injects(), RUN, fired());
    send(TOPICS.expectations(), RUN, outcome());
    send(TOPICS.actions(), "alert-1", ack(FR, "ack-1"));
    send(TOPICS.actions(), "alert-1", ack(DE, "ack-2"));
    send(TOPICS.clocks(), "alert-1", reportingClock());
    send(
        TOPICS.incidents(),
        "INC-1",
        PlayFixtures.incident(
            RUN, "INC-1", member("alert-1", "CERT-EE", "EE"), member("x", "PL-W", "PL")));
    send(TOPICS.attribution(), "p1", proposalOpened());
    producer.send(
        new ProducerRecord<>(
            TOPICS.clocks().name(), "bad".getBytes(StandardCharsets.UTF_8), new byte[] {9}));
    ProducerRecord<byte[], byte[]> deadLetter =
        new ProducerRecord<>(
            TOPICS.deadLetters().name(), null, minute(4).toEpochMilli(), null, new byte[] {1});
    deadLetter.headers().add(DeadLetters.REASON, "no addressees".getBytes(StandardCharsets.UTF_8));
    deadLetter
        .headers()
        .add(DeadLetters.SOURCE_TOPIC, TOPICS.alerts().name().getBytes(StandardCharsets.UTF_8));
    producer.send(deadLetter);
    producer.flush();

    ExerciseViews views = new ExerciseViews(10);
    RunFeed feed =
        new RunFeed(
            () ->
                new KafkaConsumer<>(
                    FeedConsumerSettings.from(
                        Map.of("bootstrap.servers", broker.bootstrapServers())),
                    new ByteArrayDeserializer(),
                    new ByteArrayDeserializer()),
            new ExerciseEventDecoder(),
            views::apply,
            Duration.ofMillis(100));
    feed.start();
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreException(java.util.NoSuchElementException.class) // until the run is recorded
          .untilAsserted(
              () -> {
                int deadLetters = read(views, r -> r.play().deadLetters().size());
                int proposals =
                    read(views, r -> r.play().situation().attribution().whole().proposals().size());
                int actions = read(views, r -> r.play().teams().all().size());
                assertThat(deadLetters).isOne();
                assertThat(proposals).isOne();
                assertThat(actions).isEqualTo(2);
                assertThat(feed.status().skipped()).as("the bad clock record").isEqualTo(1);
              });
    } finally {
      feed.stop();
    }
    RunPlay play = read(views, RunLedger::play); // the feed stopped: nothing folds any more

    assertThat(play.msel().rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.state()).isEqualTo("FIRED");
              assertThat(row.offset()).isEqualTo("PT1M");
              assertThat(row.expectations().get(0).state()).isEqualTo("MET");
            });
    assertThat(play.msel().expectationsOf(FR))
        .extracting(TeamExpectationView::state)
        .containsExactly("MET");
    ClockView clock = read(views, RunLedger::clock);
    assertThat(clock).isEqualTo(new ClockView(minute(2), 60.0, false, false, "RUNNING"));
    assertThat(play.controlLog())
        .singleElement()
        .satisfies(fact -> assertThat(fact.command()).as("ticks are no facts").isEqualTo("START"));
    assertThat(play.deadLetters())
        .containsExactly(new DeadLetterView("no addressees", TOPICS.alerts().name(), minute(4)));
    assertThat(play.teams().of(FR)).extracting(ActionView::actionId).containsExactly("ack-1");
    assertThat(play.situation().clocks().of(DE)).isEmpty();
    assertThat(play.situation().clocks().of(FR)).hasSize(1);
    assertThat(play.situation().incidents().of(FR))
        .singleElement()
        .satisfies(
            incident ->
                assertThat(incident.members())
                    .extracting(IncidentView.Member::alertId)
                    .containsExactly("alert-1"));
    assertThat(play.situation().incidents().of(DE)).isEmpty();
  }

  private static <T> T read(ExerciseViews views, Function<RunLedger, T> query) {
    return views.read(RUN, query).orElseThrow();
  }

  private static PlannedInject planned() {
    return PlannedInject.newBuilder()
        .setInjectId("i1")
        .setOffsetMillis(60_000L)
        .setPlacement(InjectPlacement.TIMELINE)
        .setSender("ACME-ENERGY")
        .setKind("alert")
        .setRecipients(List.of(FR))
        .setSummary("JNDI lookups")
        .setExpectations(
            List.of(
                PlannedExpectation.newBuilder()
                    .setExpectationId("e1")
                    .setWho(FR)
                    .setAction("acknowledge")
                    .setWithinMillis(600_000L)
                    .setDescription("FR-CERT acknowledges")
                    .build()))
        .build();
  }

  private static ExerciseControl engine(ControlCommand command, int minute) {
    ExerciseControl control = ExerciseFixtures.control(RUN, ControlOrigin.ENGINE, command, minute);
    control.setHeld(false);
    return control;
  }

  private static InjectFired fired() {
    return InjectFired.newBuilder()
        .setRunId(RUN)
        .setInjectId("i1")
        .setSender("ACME-ENERGY")
        .setKind("alert")
        .setRecipients(List.of(FR))
        .setAlertId("alert-1")
        .setCause("timeline")
        .setScenarioTime(minute(1))
        .build();
  }

  private static ExpectationOutcome outcome() {
    return ExpectationOutcome.newBuilder()
        .setRunId(RUN)
        .setExpectationId("e1")
        .setInjectId("i1")
        .setWho(FR)
        .setAction("acknowledge")
        .setOutcome(Outcome.MET)
        .setDeadline(minute(11))
        .setActionId("ack-1")
        .setScenarioTime(minute(3))
        .build();
  }

  private static TraineeAction ack(String actor, String actionId) {
    return TraineeAction.newBuilder()
        .setActionId(actionId)
        .setRunId(RUN)
        .setActor(actor)
        .setType(ActionType.ACKNOWLEDGE)
        .setAlertId("alert-1")
        .setAt(minute(3))
        .build();
  }

  private static ReportingClock reportingClock() {
    return ReportingClock.newBuilder()
        .setRunId(RUN)
        .setIncidentId("alert-1")
        .setEntity("ACME-FR")
        .setCsirt(FR)
        .setReport(Nis2Report.EARLY_WARNING)
        .setState(ClockState.OPENED)
        .setOpenedAt(minute(1))
        .setDeadline(minute(1441))
        .setScenarioTime(minute(1))
        .build();
  }

  private static AttributionRecord proposalOpened() {
    return AttributionRecord.newBuilder()
        .setRunId(RUN)
        .setKind(AttributionEvent.PROPOSAL_OPENED)
        .setSubject("campaign-x")
        .setProposalId("p1")
        .setMeasure(ToolboxMeasure.values()[0])
        .setProcedure(DecisionProcedure.values()[0])
        .setDeadline(SCENARIO_START.plusSeconds(7200))
        .setScenarioTime(minute(5))
        .build();
  }

  private static <V> void send(TopicSpec<String, V> topic, String key, V value) {
    producer.send(
        new ProducerRecord<>(
            topic.name(),
            topic.keySerde().serializer().serialize(topic.name(), key),
            topic.valueSerde().serializer().serialize(topic.name(), value)));
  }
}
