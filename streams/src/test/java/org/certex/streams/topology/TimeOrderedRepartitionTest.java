package org.certex.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.certex.avro.ActionType;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.certex.avro.TraineeAction;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingRules;
import org.certex.streams.policy.Tlp2Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeOrderedRepartition} alone, under {@link TopologyTestDriver} (one partition, so one
 * upstream source): a tiny run topology re-keys the run's actions by actor through it and writes
 * what comes out, records as {@code item <action id>} and watermarks as {@code watermark}, each
 * stamped with its time, to one output topic.
 */
class TimeOrderedRepartitionTest {

  private static final String RUN = "time-order-test";
  private static final String OUT = "ordered-out";
  private static final Instant T0 = Instant.parse("2025-03-04T08:00:00Z");

  private final RunTopics topics = TopicCatalogue.forRun(RUN, 1);
  private final Path stateDir = stateDirectory();
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, TraineeAction> actions;
  private final TestInputTopic<String, ExerciseControl> control;
  private final TestOutputTopic<String, String> out;

  /** Writes what the time-ordered repartition hands on, for the test to read. */
  private static final class Ordering implements RunTopology {
    @Override
    public void addTo(RunPipeline pipeline) {
      TimeOrderedRepartition.of(
              pipeline,
              pipeline.actions(),
              TraineeAction::getActor,
              pipeline.topics().actions().valueSerde(),
              "ordered-test",
              pipeline.topics().actions().partitions())
          .mapValues(
              o -> o.isWatermark() ? "watermark" : "item " + o.value().getActionId(),
              Named.as("ordered-test-describe"))
          .to(OUT, Produced.with(Serdes.String(), Serdes.String()).withName("ordered-test-sink"));
    }
  }

  TimeOrderedRepartitionTest() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "time-order-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    RunSetup setup =
        new RunSetup(
            topics,
            List.of(Party.of("MFA-PL", "PL", "ministry", true)),
            new Tlp2Policy(SharingRules.EU_DEFAULTS));
    driver = new TopologyTestDriver(RunPipeline.compose(setup, List.of(new Ordering())), props, T0);
    actions =
        driver.createInputTopic(
            topics.actions().name(),
            topics.actions().keySerde().serializer(),
            topics.actions().valueSerde().serializer());
    control =
        driver.createInputTopic(
            topics.control().name(),
            topics.control().keySerde().serializer(),
            topics.control().valueSerde().serializer());
    out = driver.createOutputTopic(OUT, new StringDeserializer(), new StringDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
    try (Stream<Path> left = Files.walk(stateDir)) {
      left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path stateDirectory() {
    try {
      return Files.createTempDirectory("time-order-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant minute(int m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  /** An action {@code id} by {@code actor} at scenario minute {@code m}, keyed by its id. */
  private void send(String id, String actor, int m) {
    TraineeAction action =
        TraineeAction.newBuilder()
            .setActionId(id)
            .setRunId(RUN)
            .setActor(actor)
            .setType(ActionType.REPORT)
            .setAt(minute(m))
            .build();
    actions.pipeInput(id, action, minute(m));
  }

  private void tick(int m) {
    control.pipeInput(
        RUN,
        ExerciseControl.newBuilder()
            .setRunId(RUN)
            .setCommand(ControlCommand.TICK)
            .setOrigin(ControlOrigin.ENGINE)
            .setIssuedBy("engine")
            .setScenarioTime(minute(m))
            .build(),
        minute(m));
  }

  /** What came out since the last read: {@code <key> <what> <minute>}. */
  private List<String> read() {
    return out.readRecordsToList().stream().map(TimeOrderedRepartitionTest::describe).toList();
  }

  private static String describe(TestRecord<String, String> r) {
    return r.key() + " " + r.value() + " " + Duration.between(T0, r.getRecordTime()).toMinutes();
  }

  @Test
  @DisplayName(
      "records sent out of order come out in time order, re-keyed, once a tick passes them, then"
          + " the watermark; nothing before")
  void inTimeOrderOnceATickPasses() {
    send("a", "MFA-PL", 30);
    send("b", "MFA-EE", 10);
    send("c", "MFA-LT", 20);
    assertThat(out.isEmpty()).isTrue();

    tick(25);
    assertThat(read())
        .containsExactly("MFA-EE item b 10", "MFA-LT item c 20", RUN + " watermark 25");
    tick(31);
    assertThat(read()).containsExactly("MFA-PL item a 30", RUN + " watermark 31");
  }

  @Test
  @DisplayName(
      "ties in time come out in arrival order; a record at the watermark's very time waits for"
          + " the next advance")
  void tiesAndTheWatermarksOwnTime() {
    send("first", "MFA-PL", 10);
    send("second", "MFA-EE", 10);
    send("at-mark", "MFA-LT", 15);
    tick(15);
    assertThat(read())
        .containsExactly("MFA-PL item first 10", "MFA-EE item second 10", RUN + " watermark 15");
    tick(16);
    assertThat(read()).containsExactly("MFA-LT item at-mark 15", RUN + " watermark 16");
  }

  @Test
  @DisplayName("a record older than the watermark is late: it comes out at once, without a tick")
  void lateRecordAtOnce() {
    tick(20);
    assertThat(read()).containsExactly(RUN + " watermark 20");
    send("late", "MFA-PL", 5);
    assertThat(read()).containsExactly("MFA-PL item late 5");
    send("early", "MFA-EE", 25);
    assertThat(out.isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "the watermark is handed on once per advance: duplicate and older ticks release nothing and"
          + " hand on nothing")
  void watermarkOncePerAdvance() {
    send("a", "MFA-PL", 12);
    tick(10);
    tick(10);
    tick(5);
    assertThat(read()).containsExactly(RUN + " watermark 10");
    tick(12);
    tick(12);
    assertThat(read()).containsExactly(RUN + " watermark 12");
    tick(11);
    assertThat(out.isEmpty()).isTrue();
    tick(13);
    assertThat(read()).containsExactly("MFA-PL item a 12", RUN + " watermark 13");
  }
}
