package org.certex.streams.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.certex.avro.ActionType;
import org.certex.avro.AttributionEvent;
import org.certex.avro.AttributionRecord;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.DecisionProcedure;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.avro.Participant;
import org.certex.avro.RunStatus;
import org.certex.avro.ToolboxMeasure;
import org.certex.avro.ToolboxProposal;
import org.certex.avro.ToolboxVote;
import org.certex.avro.TraineeAction;
import org.certex.avro.VoteChoice;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attribution toolbox in a run's pipeline on a real broker with three partitions: actions keyed
 * by action id land on any partition, are re-keyed by proposal id through the named repartition
 * topic together with the engine's ticks (from every upstream task to every partition), and are
 * taken in scenario-time order in the task that holds the proposal once every upstream task has
 * ticked past them; the outcome's notice is then delivered by the sharing policy to every
 * participant.
 */
class AttributionRunTest {

  private static final String RUN = "toolbox-run";
  private static final Instant T0 = Instant.parse("2025-03-04T08:00:00Z");
  private static final Instant DEADLINE = T0.plus(Duration.ofHours(4));
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final List<String> MINISTRIES = List.of("MFA-PL", "MFA-EE", "AA-DE", "MFA-PT");

  @TempDir Path state;
  private int actions;

  @Test
  @DisplayName(
      "votes on any partition meet their proposal; the deadline's tick decides it; the notice"
          + " reaches every participant; the repartition topic has the run's partition count")
  void proposalDecidedAcrossPartitions() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        RunLog log = new RunLog(broker.bootstrapServers())) {
      RunTopics topics = TopicCatalogue.forRun(RUN, 3);
      try (var admin = log.admin()) {
        TopicProvisioner provisioner = new TopicProvisioner(admin);
        provisioner.ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
        provisioner.ensure(topics);
      }
      try (RunSupervisor supervisor = supervisor(broker.bootstrapServers())) {
        supervisor.start();
        log.send(TopicCatalogue.runs(), RUN, run());
        log.send(topics.control(), RUN, tick(T0));
        send(log, topics, propose(T0.plusSeconds(60)));
        for (String ministry : MINISTRIES) {
          send(log, topics, vote(ministry, VoteChoice.APPROVE, T0.plusSeconds(120)));
        }
        send(log, topics, vote("MFA-PT", VoteChoice.OBJECT, T0.plusSeconds(180)));
        // The engine ticks on, past the votes: the toolbox takes them in scenario-time order once
        // every upstream task has ticked past them, before the deadline's tick.
        log.send(topics.control(), RUN, tick(T0.plusSeconds(240)));
        List<AttributionRecord> before =
            records(log.readUntil(topics.attribution(), r -> r.size() >= 6, WAIT), topics);
        assertThat(before).hasSize(6).noneMatch(r -> r.getKind() == AttributionEvent.VOTE_REFUSED);

        log.send(topics.control(), RUN, tick(DEADLINE.minusSeconds(60)));
        log.send(topics.control(), RUN, tick(DEADLINE));
        List<AttributionRecord> all =
            records(log.readUntil(topics.attribution(), r -> r.size() >= 7, WAIT), topics);
        assertThat(all).hasSize(7);
        AttributionRecord outcome = all.get(6);
        assertThat(outcome.getKind()).isEqualTo(AttributionEvent.BLOCKED);
        assertThat(outcome.getBlockedBy()).containsExactly("PT");
        assertThat(outcome.getScenarioTime()).isEqualTo(DEADLINE);

        List<ConsumerRecord<byte[], byte[]>> deliveries =
            log.readUntil(topics.deliveries(), r -> r.size() >= 5, WAIT);
        assertThat(deliveries)
            .extracting(r -> delivery(topics, r).getRecipient())
            .containsExactlyInAnyOrder("MFA-PL", "MFA-EE", "AA-DE", "MFA-PT", "CERT-EU");
        assertThat(deliveries)
            .extracting(r -> delivery(topics, r).getAlert().getAlertId())
            .containsOnly("listing-1-outcome");

        String repartition = RunSupervisor.applicationId(RUN) + "-attribution-rekeyed-repartition";
        try (var admin = log.admin()) {
          var description =
              admin.describeTopics(List.of(repartition)).allTopicNames().get(30, TimeUnit.SECONDS);
          assertThat(description.get(repartition).partitions()).hasSize(3);
        }
      }
    }
  }

  private void send(RunLog log, RunTopics topics, TraineeAction action) throws Exception {
    // Stamped with its scenario time, as the dashboard writes it: the time-ordered re-keying goes
    // by the record's time.
    log.send(topics.actions(), action.getActionId(), action, action.getAt());
  }

  private TraineeAction.Builder action(String actor, ActionType type, Instant at) {
    return TraineeAction.newBuilder()
        .setActionId("action-" + ++actions)
        .setRunId(RUN)
        .setActor(actor)
        .setType(type)
        .setAt(at);
  }

  private TraineeAction propose(Instant at) {
    return action("MFA-PL", ActionType.PROPOSE, at)
        .setProposal(
            ToolboxProposal.newBuilder()
                .setProposalId("listing-1")
                .setMeasure(ToolboxMeasure.RESTRICTIVE_MEASURES)
                .setSubject("GREY-HERON")
                .setProcedure(DecisionProcedure.UNANIMITY)
                .setDeadline(DEADLINE)
                .build())
        .build();
  }

  private TraineeAction vote(String actor, VoteChoice choice, Instant at) {
    return action(actor, ActionType.VOTE, at)
        .setVote(ToolboxVote.newBuilder().setProposalId("listing-1").setChoice(choice).build())
        .build();
  }

  private static ExerciseControl tick(Instant at) {
    return ExerciseControl.newBuilder()
        .setRunId(RUN)
        .setCommand(ControlCommand.TICK)
        .setOrigin(ControlOrigin.ENGINE)
        .setIssuedBy("engine")
        .setScenarioTime(at)
        .build();
  }

  private static ExerciseRun run() {
    return ExerciseRun.newBuilder()
        .setRunId(RUN)
        .setScenarioId("eu-toolbox")
        .setStatus(RunStatus.RUNNING)
        .setScenarioStart(T0)
        .setStartedAt(Instant.now())
        .setPartitions(3)
        .setParticipants(
            List.of(
                ministry("MFA-PL", "PL"),
                ministry("MFA-EE", "EE"),
                ministry("AA-DE", "DE"),
                ministry("MFA-PT", "PT"),
                Participant.newBuilder()
                    .setId("CERT-EU")
                    .setName("CERT-EU")
                    .setCountry("EU")
                    .setKind("cert-eu")
                    .setEuMember(true)
                    .build()))
        .build();
  }

  private static Participant ministry(String id, String country) {
    return Participant.newBuilder()
        .setId(id)
        .setName(id)
        .setCountry(country)
        .setKind("ministry")
        .setEuMember(true)
        .build();
  }

  private static List<AttributionRecord> records(
      List<ConsumerRecord<byte[], byte[]>> raw, RunTopics topics) {
    return raw.stream()
        .map(r -> topics.attribution().valueSerde().deserializer().deserialize("", r.value()))
        .sorted(java.util.Comparator.comparing(AttributionRecord::getScenarioTime))
        .toList();
  }

  private static Delivery delivery(RunTopics topics, ConsumerRecord<byte[], byte[]> r) {
    return topics.deliveries().valueSerde().deserializer().deserialize("", r.value());
  }

  private RunSupervisor supervisor(String bootstrap) {
    var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    return new RunSupervisor(
        consumer,
        bootstrap,
        new StreamsProperties(state.toString(), Duration.ofMillis(100), 1, Duration.ofSeconds(10)),
        new PipelineStatusLog(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)));
  }
}
