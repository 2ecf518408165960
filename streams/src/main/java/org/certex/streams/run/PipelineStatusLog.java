package org.certex.streams.run;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.certex.avro.PipelineState;
import org.certex.avro.PipelineStatus;
import org.certex.avro.RecordPosition;
import org.certex.schemas.RecordLimits;
import org.certex.schemas.TopicCatalogue;
import org.certex.schemas.TopicSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports each run's pipeline health on the compacted {@code certex.pipelines} topic, where the
 * dashboard (possibly another process) reads it. Reports are written in order by a thread of their
 * own, since they are made on stream threads that must not wait for the broker; one that cannot be
 * written is logged, never thrown: the health report must not be what stops a pipeline.
 */
public final class PipelineStatusLog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PipelineStatusLog.class);
  private static final TopicSpec<String, PipelineStatus> PIPELINES = TopicCatalogue.pipelines();

  private final KafkaProducer<String, PipelineStatus> producer;
  private final String host;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "certex-pipeline-status");
            thread.setDaemon(true);
            return thread;
          });

  public PipelineStatusLog(Map<String, Object> producerProperties) {
    Map<String, Object> props = new HashMap<>(producerProperties);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    Serializer<String> keys = PIPELINES.keySerde().serializer();
    this.producer = new KafkaProducer<>(props, keys, PIPELINES.valueSerde().serializer());
    this.host = hostName() + "/" + ProcessHandle.current().pid();
  }

  void running(String runId) {
    report(runId, PipelineState.RUNNING, "", null);
  }

  void failed(String runId, String reason, RecordPosition failedRecord) {
    report(runId, PipelineState.FAILED, reason, failedRecord);
  }

  void stopped(String runId) {
    report(runId, PipelineState.STOPPED, "", null);
  }

  private void report(String runId, PipelineState state, String reason, RecordPosition record) {
    PipelineStatus status =
        new PipelineStatus(
            runId,
            state,
            RecordLimits.cut(reason, RecordLimits.REASON_CHARS),
            record,
            host,
            Instant.now());
    try {
      writer.execute(() -> write(status));
    } catch (RejectedExecutionException e) {
      log.warn("Pipeline of run {} is {}, not reported: the status log is closed", runId, state);
    }
  }

  private void write(PipelineStatus status) {
    try {
      producer
          .send(new ProducerRecord<>(PIPELINES.name(), status.getRunId(), status))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.error(
          "Could not report the pipeline of run {} as {}: {}",
          status.getRunId(),
          status.getState(),
          e.toString());
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  @Override
  public void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(5));
  }
}
