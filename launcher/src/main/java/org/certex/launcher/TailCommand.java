package org.certex.launcher;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.feed.RunTopicKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex tail RUN TOPIC}: one topic of a run decoded to JSON lines ({@link TailLine}), as
 * {@code tail} does a file: the last records, every record, or those to come. Kafka's own console
 * consumer shows certex's single-object Avro frames as bytes. It reads with {@link RunLog} (no
 * consumer group, committed records only) and never writes.
 */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
      "Print the records of one topic of a run as JSON lines: topic, partition, offset, timestamp"
          + " (scenario time), key, certex headers and the decoded value.",
      "By default the last -n records by timestamp; --from-beginning every record; -f keeps"
          + " printing new records until Ctrl-C. A record that does not decode is printed with"
          + " its error and its bytes in base64."
    })
final class TailCommand implements Callable<Integer> {

  static final int MAX_LAST = 100_000;

  @Spec CommandSpec spec;

  @Mixin KafkaOptions kafka;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run id (see certex runs).")
  String runId;

  @Parameters(
      index = "1",
      paramLabel = "TOPIC",
      description =
          "alerts, decisions, deliveries, actions, control, injects, expectations, clocks,"
              + " incidents, attribution or dlq (dead-letters).")
  String topic;

  @Option(names = "--from-beginning", description = "Print every record, not the last -n.")
  boolean fromBeginning;

  @Option(
      names = {"-n", "--lines"},
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the latest records to print (default: ${DEFAULT-VALUE}).")
  int last;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing records as they arrive, until Ctrl-C.")
  boolean follow;

  @Override
  public Integer call() {
    RunTopicKind kind =
        TopicNames.parse(topic)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown topic '"
                            + topic
                            + "'; a run's topics are "
                            + TopicNames.listed()));
    if (last < 0 || last > MAX_LAST) {
      throw new ParameterException(
          spec.commandLine(), "-n must be between 0 and " + MAX_LAST + ", was " + last);
    }
    CountDownLatch closed = new CountDownLatch(1);
    try {
      return tail(kind, closed);
    } finally {
      closed.countDown();
    }
  }

  private int tail(RunTopicKind kind, CountDownLatch closed) {
    PrintWriter out = spec.commandLine().getOut();
    try (RunLogs logs = RunLogs.openOrRefuse(kafka, spec.commandLine());
        KafkaConsumer<byte[], byte[]> consumer = logs.consumer()) {
      RunLog log = RunLogs.openRun(consumer, runId, spec.commandLine());
      TailLine lines = new TailLine(log.topics(), kind);
      Map<TopicPartition, Long> next = new HashMap<>();
      LatestRecords kept = new LatestRecords(fromBeginning ? 0 : last);
      try (ProgressBar bar = ProgressBar.on(spec.commandLine().getErr(), "tail")) {
        log.read(
            Set.of(kind),
            null,
            (k, record) -> {
              next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
              if (fromBeginning) {
                out.println(lines.of(record));
              } else {
                kept.offer(record);
              }
            },
            fromBeginning ? RunLog.Progress.NONE : bar);
      }
      kept.oldestFirst().forEach(record -> out.println(lines.of(record)));
      out.flush();
      if (follow) {
        new TopicFollow(consumer, kind.of(log.topics()), next, closed)
            .run(r -> out.println(lines.of(r)));
        out.flush();
      }
      return 0;
    }
  }
}
