package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dry run's temporary folder does not outlive it: deleted when it ends, when it is interrupted
 * (SIGTERM, as Ctrl-C), and, after a SIGKILL, by the next dry run.
 */
@DisplayName("A dry run's temporary folder")
class ScratchFolderTest {

  @TempDir Path temporary;
  @TempDir Path work;

  private List<Path> folders() throws IOException {
    try (Stream<Path> entries = Files.list(temporary)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("certex-")).toList();
    }
  }

  @Test
  @DisplayName("is deleted on close; a stale one is deleted at the next start, a live one kept")
  void staleAndLive() throws Exception {
    Path stale =
        Files.createDirectory(temporary.resolve(ScratchFolder.Kind.DRY_RUN.prefix() + "stale"));
    Files.writeString(stale.resolve(ScratchFolder.LOCK_FILE), "");
    Files.createDirectories(stale.resolve("broker/kafka"));
    Path unlocked =
        Files.createDirectory(
            temporary.resolve(ScratchFolder.Kind.DRY_RUN.prefix() + "older-kind"));
    StringWriter err = new StringWriter();

    try (ScratchFolder live =
        ScratchFolder.create(temporary, ScratchFolder.Kind.DRY_RUN, new PrintWriter(err))) {
      assertThat(folders()).containsExactlyInAnyOrder(live.path(), unlocked);
      assertThat(err.toString()).contains("deleted " + stale);

      try (ScratchFolder second =
          ScratchFolder.create(temporary, ScratchFolder.Kind.DRY_RUN, new PrintWriter(err))) {
        assertThat(folders()).contains(live.path(), second.path());
      }
    }
    assertThat(folders()).containsExactly(unlocked);
  }

  @Test
  @DisplayName("survives SIGKILL only until the next dry run, and is deleted on SIGTERM")
  void interrupted() throws Exception {
    Path scenario = longDryRun();

    Process killed = dryRun(scenario, "killed");
    Path first = awaitPlaying();
    killed.destroyForcibly();
    assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(folders()).containsExactly(first);

    Process terminated = dryRun(scenario, "terminated");
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !Files.exists(first));
    Path second = awaitPlaying();
    terminated.destroy();
    assertThat(terminated.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(second).isNotEqualTo(first);
    assertThat(folders()).isEmpty();
    assertThat(Files.readString(work.resolve("terminated.log")))
        .contains("deleted " + first + ", left behind by a dry run that was killed");
  }

  /** The test drill with noise enough to play for a minute. */
  private Path longDryRun() throws Exception {
    String drill =
        Files.readString(Path.of(getClass().getResource("/dry-run-drill.yaml").toURI()))
            .replace("rate: 4/h", "rate: 4/s");
    return Files.writeString(work.resolve("long.yaml"), drill);
  }

  private Process dryRun(Path scenario, String name) throws IOException {
    String classpath =
        Optional.ofNullable(System.getProperty("surefire.test.class.path"))
            .orElse(System.getProperty("java.class.path"));
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-Djava.io.tmpdir=" + temporary,
            "-cp",
            classpath,
            CertexCommand.class.getName(),
            "dry-run",
            scenario.toString(),
            "--out",
            work.resolve(name).toString())
        .redirectErrorStream(true)
        .redirectOutput(work.resolve(name + ".log").toFile())
        .start();
  }

  /** The folder of the one dry run playing, once its pipeline has state. */
  private Path awaitPlaying() {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              List<Path> live =
                  folders().stream().filter(p -> Files.isDirectory(p.resolve("streams"))).toList();
              return live.size() == 1 && locked(live.get(0)) ? live.get(0) : null;
            },
            folder -> folder != null);
  }

  private static boolean locked(Path folder) {
    try (FileChannel channel =
        FileChannel.open(folder.resolve(ScratchFolder.LOCK_FILE), StandardOpenOption.WRITE)) {
      return channel.tryLock() == null;
    } catch (IOException e) {
      return false;
    }
  }
}
