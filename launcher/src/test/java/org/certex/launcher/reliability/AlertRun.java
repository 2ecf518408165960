package org.certex.launcher.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.certex.avro.ExerciseRun;
import org.certex.avro.IncidentAlert;
import org.certex.avro.PipelineState;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RunStatus;
import org.certex.launcher.bench.BenchScenario;
import org.certex.producers.scenario.RunRecords;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicProvisioner;

/**
 * A large run on a cluster, as {@code certex bench} makes one: the bench scenario's generated
 * alerts (a pure function of seed and number), a run record RUNNING on {@code certex.runs} so that
 * a streams process's supervisor starts the run's pipeline. One in 20 of the operators' alerts is a
 * significant cross-border incident, so that NIS2 reporting clocks open. What the policy should
 * deliver is computed here by calling the policy, never by reading the pipeline's decisions.
 */
final class AlertRun {

  static final int PARTITIONS = 3;

  /** 37 national CSIRTs and 3 operators: operators are the NIS2 entities whose clocks open. */
  private static final int ORGANISATIONS = 40;

  private static final int SIGNIFICANT_EVERY = 20;

  private final String bootstrap;
  private final BenchScenario scenario;
  private final RunTopics topics;
  private final ExerciseRun record;

  private AlertRun(String bootstrap, BenchScenario scenario, RunTopics topics, ExerciseRun record) {
    this.bootstrap = bootstrap;
    this.scenario = scenario;
    this.topics = topics;
    this.record = record;
  }

  /** Creates the run's topics (and the shared ones) and records the run RUNNING. */
  static AlertRun start(String bootstrap, String runId, long seed) {
    BenchScenario scenario = BenchScenario.of(ORGANISATIONS, 1, 2, seed);
    RunTopics topics = TopicCatalogue.forRun(runId, PARTITIONS);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      TopicProvisioner provisioner = new TopicProvisioner(admin);
      provisioner.ensure(List.of(TopicCatalogue.runs(), TopicCatalogue.pipelines()));
      provisioner.ensure(topics.all());
    }
    ExerciseRun record =
        RunRecords.of(scenario.scenario())
            .setRunId(runId)
            .setSeed(seed)
            .setStatus(RunStatus.RUNNING)
            .setStartedAt(Instant.now())
            .setPartitions(PARTITIONS)
            .build();
    AlertRun run = new AlertRun(bootstrap, scenario, topics, record);
    run.publish(record);
    return run;
  }

  RunTopics topics() {
    return topics;
  }

  String runId() {
    return topics.runId();
  }

  /** Waits until a streams process reports the run's pipeline RUNNING. */
  void awaitPipelineRunning(Duration within) throws InterruptedException {
    Topics.awaitLatest(
        bootstrap,
        TopicCatalogue.pipelines(),
        runId(),
        (PipelineStatus s) -> {
          if (s.getState() == PipelineState.FAILED) {
            throw new AssertionError("the pipeline failed: " + s.getReason());
          }
          return s.getState() == PipelineState.RUNNING;
        },
        within);
  }

  /** Alert {@code n} as its source publishes it. */
  IncidentAlert alert(long n) {
    IncidentAlert alert = withOwnIndicator(scenario.record(n, runId()), n);
    if (n % SIGNIFICANT_EVERY != 0 || !alert.getSourceOrg().startsWith("OP-")) {
      return alert;
    }
    return IncidentAlert.newBuilder(alert)
        .setSignificantIncident(true)
        .setCrossBorder(true)
        .setAffectedCountries(List.of("DE", "FR"))
        .build();
  }

  /**
   * The bench's indicators are shared by hundreds of alerts, whose incidents then reach their size
   * limit, where membership depends on arrival order: here every 4 alerts share one address of
   * their own, so incidents stay small and their end state does not depend on interleaving.
   */
  private static IncidentAlert withOwnIndicator(IncidentAlert alert, long n) {
    long g = n / 4;
    String ip = "10." + (g >> 16 & 255) + "." + (g >> 8 & 255) + "." + (g & 255);
    List<org.certex.avro.Indicator> indicators = new java.util.ArrayList<>(alert.getIndicators());
    indicators.set(0, org.certex.avro.Indicator.newBuilder(indicators.get(0)).setValue(ip).build());
    return IncidentAlert.newBuilder(alert).setIndicators(indicators).build();
  }

  /** The policy's own answer: {@code alertId@recipient} for every delivery of alerts 0..count-1. */
  Set<String> expectedDeliveries(long count) {
    PolicyAnswer answer = new PolicyAnswer(record);
    for (long n = 0; n < count; n++) {
      answer.add(alert(n));
    }
    return answer.deliveries();
  }

  /** Records the run COMPLETED, so that no streams process starts its pipeline again. */
  void end() {
    publish(RunRecords.ended(record, RunStatus.COMPLETED, Instant.now(), null));
  }

  private void publish(ExerciseRun run) {
    try (KafkaProducer<String, ExerciseRun> producer =
        AlertSender.producer(bootstrap, TopicCatalogue.runs())) {
      producer.send(
          new ProducerRecord<>(
              TopicCatalogue.runs().name(),
              null,
              run.getScenarioStart().toEpochMilli(),
              run.getRunId(),
              run));
      producer.flush();
    }
  }
}
