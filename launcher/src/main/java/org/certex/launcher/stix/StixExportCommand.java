package org.certex.launcher.stix;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.certex.dashboard.feed.RunLog;
import org.certex.launcher.KafkaOptions;
import org.certex.launcher.ProgressBar;
import org.certex.launcher.RunLogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code certex export stix RUN --out bundle.json [--cert ORG]}: a run as a STIX 2.1 bundle, read
 * back from its topics through the one reader and the one fold. Without {@code --cert}, the whole
 * run (for exercise control and evaluators); with it, only what that CERT holds (docs/STIX.md).
 */
@Command(
    name = "stix",
    mixinStandardHelpOptions = true,
    description = {
      "Write a run's incidents, indicators, sightings, organisations and attribution outcomes as a"
          + " STIX 2.1 bundle, every object marked with its TLP 2.0 label.",
      "With --cert, only what that CERT holds: its deliveries, its own alerts, the incidents and"
          + " attribution outcomes its team's page shows."
    })
final class StixExportCommand implements Callable<Integer> {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Spec CommandSpec spec;

  @Mixin KafkaOptions kafka;

  @Parameters(
      index = "0",
      paramLabel = "RUN",
      description = "The run's id (certex runs lists them).")
  String runId;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The bundle to write.")
  Path out;

  @Option(
      names = "--cert",
      paramLabel = "ORG",
      description = "Export only what this participant holds (a trainee team's own bundle).")
  String cert;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isDirectory(out)) { // found before the run is read, not after
      throw new ParameterException(
          spec.commandLine(), "--out must name the bundle's file; " + out + " is a folder");
    }
    try (RunLogs cluster = RunLogs.openOrRefuse(kafka, spec.commandLine());
        KafkaConsumer<byte[], byte[]> consumer = cluster.consumer()) {
      RunLog log = RunLogs.openRun(consumer, runId, spec.commandLine());
      RunLogs.refuseStranger(log.run(), cert, spec.commandLine());
      ExportedRun held;
      long skipped;
      try (ProgressBar progress = ProgressBar.on(err, "export")) {
        RunHoldings holdings = new RunHoldings(log, progress);
        held = holdings.read(cert);
        skipped = holdings.undecodable();
      }
      StixBundle bundle = StixBundle.of(held);
      try {
        write(bundle);
      } catch (IOException e) {
        err.println("certex: cannot write " + out + ": " + e.getMessage());
        err.flush();
        return 1;
      }
      report(bundle, skipped, err);
      return 0;
    }
  }

  private void write(StixBundle bundle) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, JSON.writeValueAsString(bundle.bundle()) + "\n");
  }

  private void report(StixBundle bundle, long skipped, PrintWriter err) {
    PrintWriter stdout = spec.commandLine().getOut();
    int total = bundle.objects().values().stream().mapToInt(Integer::intValue).sum();
    stdout.printf(
        "wrote %s: %d STIX objects (%s)%s%n",
        out,
        total,
        describe(bundle.objects()),
        cert == null ? ", the whole run" : ", what " + cert + " holds");
    stdout.flush();
    if (!bundle.unmapped().isEmpty()) {
      err.println(
          "certex: left out indicators of types with no STIX mapping: "
              + describe(bundle.unmapped()));
    }
    if (skipped > 0) {
      err.println("certex: WARNING: " + skipped + " records of the run could not be decoded");
    }
    err.flush();
  }

  private static String describe(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
