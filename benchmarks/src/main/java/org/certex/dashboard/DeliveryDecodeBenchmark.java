package org.certex.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.certex.avro.Delivery;
import org.certex.benchmarks.DrillAlerts;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The step before the fold: a record of a run's deliveries topic, as the consumer hands it over, to
 * the {@link ExerciseEvent} the fold applies ({@link ExerciseEventDecoder#delivered}: Avro decode,
 * run check, the inbox entry). 1,024 records of a 30-CERT run are cycled through.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeliveryDecodeBenchmark {

  private static final int RECORDS = 1024;

  private final ExerciseEventDecoder decoder = new ExerciseEventDecoder();
  private RunTopics topics;
  private ConsumerRecord<byte[], byte[]>[] records;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void encodeRecords() {
    topics = TopicCatalogue.forRun(DrillAlerts.RUN_ID, 6);
    List<Delivery> deliveries = DrillRun.deliveries(RECORDS / (DrillRun.FAN_OUT + 1) + 1);
    records = new ConsumerRecord[RECORDS];
    for (int i = 0; i < RECORDS; i++) {
      Delivery delivery = deliveries.get(i);
      byte[] value = topics.deliveries().valueSerde().serializer().serialize(null, delivery);
      byte[] key = delivery.getRecipient().getBytes(StandardCharsets.UTF_8);
      records[i] = new ConsumerRecord<>(topics.deliveries().name(), i % 6, i, key, value);
    }
  }

  @Benchmark
  public Object decode() {
    ConsumerRecord<byte[], byte[]> record = records[next];
    next = (next + 1) & (RECORDS - 1);
    return decoder.delivered(topics, record);
  }
}
