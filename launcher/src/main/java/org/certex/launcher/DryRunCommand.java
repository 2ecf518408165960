package org.certex.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.certex.producers.exercise.PlayerMode;
import org.certex.producers.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code certex dry-run}: the whole exercise as fast as the pipeline allows, on a fresh embedded
 * broker, with automatic players; writes the event log and a summary.
 */
@Command(
    name = "dry-run",
    mixinStandardHelpOptions = true,
    description = {
      "Play a whole exercise at full speed on a fresh in-JVM broker with automatic players, and"
          + " write its event log and summary.",
      "Writes events.jsonl and summary.json to --out; the same seed writes the same log. Records"
          + " the pipeline sends to the dead-letter topic are counted, with their reasons.",
      "The event log is sorted through the temporary folder, so memory does not grow with the"
          + " run; a long dry run prints its progress on stderr every few seconds.",
      "Interrupted (Ctrl-C), it deletes its temporary broker folder; one left by a killed dry run"
          + " is deleted at the next start."
    })
final class DryRunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
  Path scenarioFile;

  @Option(
      names = "--seed",
      description = "Seed for noise and mixed players (default: the scenario's).")
  Long seed;

  @Option(
      names = "--players",
      defaultValue = "on-time",
      converter = PlayerModes.class,
      description = "on-time, late, absent or mixed (default: ${DEFAULT-VALUE}).")
  PlayerMode players;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = {
        "Keep the run's broker data in this folder (as certex run --data does), so that certex"
            + " runs, replay, debrief, export and tail can read the run afterwards. A folder"
            + " holding earlier runs keeps them; one in use by a running certex is refused.",
        "Default: a temporary broker, deleted when the dry run ends."
      })
  Path data;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Optional<PreStartCheck.Checked> checked = PreStartCheck.of(scenarioFile, err);
    if (checked.isEmpty()) {
      err.println("certex: " + scenarioFile + " is not a valid scenario; nothing was run.");
      err.flush();
      return 1;
    }
    Scenario scenario = checked.get().scenario();
    new DryRun(spec.commandLine().getOut(), err, Path.of(System.getProperty("java.io.tmpdir")))
        .play(scenario, seed != null ? seed : scenario.seed(), players, out, data);
    return 0;
  }
}
