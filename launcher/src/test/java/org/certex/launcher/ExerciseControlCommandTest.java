package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExerciseRun;
import org.certex.broker.EmbeddedKafkaBroker;
import org.certex.producers.exercise.ExerciseRunner;
import org.certex.producers.exercise.RunHandle;
import org.certex.producers.exercise.RunOptions;
import org.certex.producers.exercise.RunReport.FiredInject;
import org.certex.producers.scenario.Scenario;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.schemas.ControlHeaders;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Exercise control through Kafka: {@code certex control} publishes a request on the run's control
 * topic, the live run applies it (or refuses it) and answers there, and the CLI prints the answer.
 */
class ExerciseControlCommandTest {

  @TempDir Path data;

  /** What one {@code certex control} printed, and its exit status. */
  private record Answer(int status, String out, String err) {}

  private Answer ask(String bootstrap, String... args) {
    CommandLine cli = CertexCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("control"));
    all.addAll(List.of(args));
    all.addAll(List.of("--bootstrap", bootstrap));
    int status = cli.execute(all.toArray(String[]::new));
    return new Answer(status, out.toString().strip(), err.toString().strip());
  }

  private int control(String bootstrap, String... args) {
    return ask(bootstrap, args).status();
  }

  @Test
  @DisplayName(
      "trigger now fires a later inject at once; pause holds the rest; an unknown run, and a run"
          + " that ended, are refused")
  void triggerAndPauseThroughTheControlTopic() throws Exception {
    Scenario scenario =
        new ScenarioLoader().load(Path.of(getClass().getResource("/e2e-scenario.yaml").toURI()));
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        ConfigurableApplicationContext context =
            CertexContexts.start(
                EnumSet.of(Role.PRODUCERS, Role.STREAMS), broker.bootstrapServers(), data, 0)) {
      // At 1x the first alert is a wall minute away: anything sooner was triggered.
      RunHandle run = context.getBean(ExerciseRunner.class).start(scenario, 1);
      String bootstrap = broker.bootstrapServers();

      assertThat(control(bootstrap, run.runId(), "trigger", "e2e-clear")).isZero();
      await().atMost(Duration.ofSeconds(30)).until(() -> !run.report().injectsFired().isEmpty());
      FiredInject fired = run.report().injectsFired().get(0);
      assertThat(fired.injectId()).isEqualTo("e2e-clear");
      assertThat(fired.cause()).isEqualTo("trigger-now");
      assertThat(fired.at()).isBefore(scenario.start().plus(Duration.ofMinutes(1)));

      assertThat(control(bootstrap, run.runId(), "pause")).isZero();
      await().atMost(Duration.ofSeconds(30)).until(() -> run.clock().paused());
      assertThat(control(bootstrap, run.runId(), "speed", "5000")).as("usage error").isEqualTo(2);
      assertThat(control(bootstrap, "no-such-run", "pause")).isEqualTo(1);

      assertThat(control(bootstrap, run.runId(), "stop")).isZero();
      await().atMost(Duration.ofSeconds(30)).until(() -> run.finished().isDone());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> control(bootstrap, run.runId(), "resume") == 1);
    }
  }

  @Test
  @DisplayName(
      "jump 1d and trigger are requests stamped with the log's latest scenario time (wall clock in a"
          + " header) and answered by ENGINE records; the CLI prints what was applied, or why not")
  void jumpAndTriggerAreAnswered() throws Exception {
    Scenario scenario =
        new ScenarioLoader().load(Path.of(getClass().getResource("/jump-drill.yaml").toURI()));
    Instant start = scenario.start();
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        ConfigurableApplicationContext context =
            CertexContexts.start(EnumSet.of(Role.PRODUCERS), broker.bootstrapServers(), data, 0)) {
      RunHandle run = context.getBean(ExerciseRunner.class).start(scenario, 1);
      String bootstrap = broker.bootstrapServers();
      RunTopics topics = TopicCatalogue.forRun(run.runId(), 3);

      Answer jump = ask(bootstrap, run.runId(), "jump", "1d");

      assertThat(jump.status()).as(jump.err()).isZero();
      Matcher applied =
          Pattern.compile(
                  Pattern.quote(run.runId())
                      + ": jump 1d applied at scenario time (\\S+) \\(from (\\S+)\\); the exercise"
                      + " runs at 1x")
              .matcher(jump.out());
      assertThat(applied.matches()).as(jump.out()).isTrue();
      Instant jumpedTo = Instant.parse(applied.group(1));
      assertThat(Duration.between(Instant.parse(applied.group(2)), jumpedTo))
          .isEqualTo(Duration.ofDays(1));
      assertThat(jumpedTo)
          .isBetween(
              start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)).plusSeconds(60));

      List<ConsumerRecord<byte[], byte[]>> log = TopicContents.raw(bootstrap, topics.control());
      List<ExerciseControl> control = decode(topics, log);
      assertThat(control.get(0).getCommand()).isEqualTo(ControlCommand.START);
      int requestAt = indexOf(control, ControlOrigin.REQUEST, ControlCommand.JUMP);
      ExerciseControl request = control.get(requestAt);
      assertThat(request.getScenarioTime())
          .as("the log's latest scenario time: START's")
          .isEqualTo(start);
      assertThat(request.getJumpMillis()).isEqualTo(Duration.ofDays(1).toMillis());
      assertThat(Instant.parse(header(log.get(requestAt), ControlHeaders.REQUESTED_AT)))
          .isBetween(Instant.now().minusSeconds(120), Instant.now());
      ExerciseControl answer =
          control.stream()
              .filter(c -> request.getRequestId().equals(c.getRequestId()))
              .filter(c -> c.getOrigin() == ControlOrigin.ENGINE)
              .findFirst()
              .orElseThrow();
      assertThat(answer.getScenarioTime()).isEqualTo(jumpedTo);
      assertThat(answer.getRefusal()).isNull();
      List<Instant> ticks =
          control.stream()
              .filter(c -> c.getCommand() == ControlCommand.TICK)
              .map(ExerciseControl::getScenarioTime)
              .toList();
      assertThat(ticks)
          .as("every scenario minute the jump passed, in order, before its answer")
          .hasSize(1440)
          .startsWith(start.plusSeconds(60))
          .endsWith(start.plus(Duration.ofDays(1)))
          .isSorted();
      assertThat(log.stream().map(ConsumerRecord::timestamp).toList())
          .as("nothing on the control topic goes back in time")
          .isSorted();
      assertThat(TopicContents.values(bootstrap, topics.injects()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.getInjectId()).isEqualTo("day1-alert");
                assertThat(f.getScenarioTime()).isEqualTo(start.plus(Duration.ofHours(2)));
              });

      Answer unknown = ask(bootstrap, run.runId(), "trigger", "inj-99");
      assertThat(unknown.status()).isEqualTo(1);
      assertThat(unknown.out())
          .isEqualTo(run.runId() + ": trigger inj-99 refused: unknown inject 'inj-99'");

      Answer trigger = ask(bootstrap, run.runId(), "trigger", "day3-alert");
      assertThat(trigger.status()).as(trigger.err()).isZero();
      assertThat(trigger.out())
          .startsWith(
              run.runId() + ": trigger day3-alert applied at scenario time 2025-03-05T08:0");
      assertThat(run.report().injectsFired())
          .extracting(f -> f.injectId() + " " + f.cause())
          .containsExactly("day1-alert timeline", "day3-alert trigger-now");

      Answer tooFar = ask(bootstrap, run.runId(), "jump", "3d");
      assertThat(tooFar.status()).isEqualTo(1);
      assertThat(tooFar.out())
          .startsWith(
              run.runId()
                  + ": jump 3d refused: a jump of 3d would pass the exercise's end at 2025-03-07T08:00:00Z");
      Answer nothing = ask(bootstrap, run.runId(), "jump", "0");
      assertThat(nothing.status()).isEqualTo(2);
      assertThat(nothing.err()).contains("jump needs a span of scenario time, more than 0");
    }
  }

  @Test
  @DisplayName(
      "a run held with --hold plays nothing until certex control RUN start; then START is refused"
          + " as the run is no longer held")
  void heldUntilStart() throws Exception {
    Scenario scenario =
        new ScenarioLoader().load(Path.of(getClass().getResource("/jump-drill.yaml").toURI()));
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        ConfigurableApplicationContext context =
            CertexContexts.start(EnumSet.of(Role.PRODUCERS), broker.bootstrapServers(), data, 0)) {
      RunHandle run =
          context
              .getBean(ExerciseRunner.class)
              .start(scenario, RunOptions.live(3600, 1).held(true), null);
      String bootstrap = broker.bootstrapServers();

      Answer jump = ask(bootstrap, run.runId(), "jump", "1d");
      assertThat(jump.status()).isEqualTo(1);
      assertThat(jump.out()).contains("refused: the run is held before STARTEX");
      assertThat(run.clock().scenarioNow()).isEqualTo(scenario.start());

      Answer start = ask(bootstrap, run.runId(), "start");
      assertThat(start.status()).as(start.err()).isZero();
      assertThat(start.out())
          .isEqualTo(
              run.runId()
                  + ": start applied at scenario time "
                  + scenario.start()
                  + "; the exercise runs at 3600x");
      await().atMost(Duration.ofSeconds(30)).until(() -> !run.report().injectsFired().isEmpty());

      Answer again = ask(bootstrap, run.runId(), "start");
      assertThat(again.status()).isEqualTo(1);
      assertThat(again.out()).contains("refused: the run is not held before STARTEX");
      ExerciseRun record =
          TopicContents.values(bootstrap, TopicCatalogue.runs()).stream()
              .filter(r -> r.getRunId().equals(run.runId()))
              .findFirst()
              .orElseThrow();
      assertThat(record.getHeld()).isTrue();
      assertThat(record.getMsel()).extracting(p -> p.getInjectId()).contains("day1-alert");
      assertThat(control(bootstrap, run.runId(), "stop")).isZero();
    }
  }

  @Test
  @DisplayName(
      "a request that no engine answers in time says so and exits 3; it stays on the log, stamped"
          + " with the log's latest scenario time")
  void unansweredRequest() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      RunTopics topics = TopicCatalogue.forRun("ghost-drill-20250304-080000", 1);
      new TopicProvisioner(admin, Optional.empty())
          .ensure(List.of(TopicCatalogue.runs(), topics.control()));
      Instant last = Instant.parse("2021-12-07T09:13:00Z");
      try (var producer =
          new KafkaProducer<>(
              Map.<String, Object>of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
              new ByteArraySerializer(),
              new ByteArraySerializer())) {
        ExerciseControl tick =
            ExerciseControl.newBuilder()
                .setRunId(topics.runId())
                .setCommand(ControlCommand.TICK)
                .setOrigin(ControlOrigin.ENGINE)
                .setScenarioTime(last)
                .build();
        producer
            .send(
                new ProducerRecord<>(
                    topics.control().name(),
                    0,
                    last.toEpochMilli(),
                    topics.runId().getBytes(StandardCharsets.UTF_8),
                    topics.control().valueSerde().serializer().serialize("", tick)))
            .get();
      }

      Answer answer = ask(broker.bootstrapServers(), topics.runId(), "pause", "--wait", "1");

      assertThat(answer.status()).isEqualTo(ExerciseControlCommand.NOT_ANSWERED);
      assertThat(answer.err())
          .isEqualTo(
              "certex: "
                  + topics.runId()
                  + ": pause sent (stamped at scenario time 2021-12-07T09:13:00Z), but the exercise"
                  + " did not answer within 1 s; is the certex that plays it running? Its engine"
                  + " applies the request when it reads it");
      assertThat(TopicContents.values(broker.bootstrapServers(), topics.control()))
          .last()
          .satisfies(
              r -> {
                assertThat(r.getOrigin()).isEqualTo(ControlOrigin.REQUEST);
                assertThat(r.getCommand()).isEqualTo(ControlCommand.PAUSE);
                assertThat(r.getScenarioTime()).isEqualTo(last);
                assertThat(r.getRequestId()).isNotBlank();
              });
      assertThat(ask(broker.bootstrapServers(), topics.runId(), "pause", "--wait", "0").status())
          .isEqualTo(2);
    }
  }

  private static List<ExerciseControl> decode(
      RunTopics topics, List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream()
        .map(r -> topics.control().valueSerde().deserializer().deserialize(r.topic(), r.value()))
        .toList();
  }

  private static int indexOf(
      List<ExerciseControl> control, ControlOrigin origin, ControlCommand command) {
    for (int i = 0; i < control.size(); i++) {
      if (control.get(i).getOrigin() == origin && control.get(i).getCommand() == command) {
        return i;
      }
    }
    throw new AssertionError("no " + origin + " " + command + " in " + control);
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as(name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
