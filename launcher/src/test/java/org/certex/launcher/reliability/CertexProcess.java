package org.certex.launcher.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.certex.launcher.CertexCommand;

/**
 * {@code certex ARGS...} in a child JVM on this JVM's test classpath, so that a test can crash it
 * as a machine would (SIGKILL: no shutdown hook, no clean close) and start it again. Its stdout and
 * stderr go to one file under {@code target/reliability/}, kept for a failed run's post-mortem.
 */
final class CertexProcess implements AutoCloseable {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path log;

  private CertexProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code certex ARGS...} with {@code env} added to this JVM's environment. Health and
   * metrics listen on any free port unless {@code env} says otherwise.
   */
  public static CertexProcess start(List<String> args, Map<String, String> env) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "reliability"));
    String name =
        args.isEmpty() ? "certex" : String.join("-", args.subList(0, Math.min(2, args.size())));
    Path log =
        folder.resolve(
            name.replaceAll("[^A-Za-z0-9-]", "_")
                + "-"
                + ProcessHandle.current().pid()
                + "-"
                + SEQUENCE.incrementAndGet()
                + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CertexCommand.class.getName());
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("MANAGEMENT_SERVER_PORT", "0");
    builder.environment().putAll(env);
    return new CertexProcess(builder.start(), log);
  }

  /**
   * Waits until the output has a line matching {@code pattern}; fails if the process exits first.
   */
  public Matcher awaitLine(Pattern pattern, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      Matcher m = pattern.matcher(log());
      if (m.find()) {
        return m;
      }
      if (!process.isAlive()) {
        m = pattern.matcher(log());
        if (m.find()) {
          return m;
        }
        throw new AssertionError(
            "certex exited (" + process.exitValue() + ") before " + pattern + ":\n" + tail());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no line matching " + pattern + " within " + within + ":\n" + tail());
      }
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
  }

  /** Everything the process printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the output goes. */
  public Path logFile() {
    return log;
  }

  /** As a crash: SIGKILL, nothing of certex runs after it; returns once the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("certex did not die on SIGKILL: pid " + process.pid());
    }
  }

  /** A clean stop (SIGTERM, as Ctrl-C), waited for; killed if it takes longer than 30 s. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
      kill();
      throw new AssertionError("certex did not stop on SIGTERM within " + STOP_WAIT + ": killed");
    }
  }

  /** Waits for the process to end by itself and returns its exit code. */
  public int awaitExit(Duration within) throws InterruptedException {
    if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("certex still running after " + within + ":\n" + tail());
    }
    return process.exitValue();
  }

  /** The exit code once the process has ended; empty while it runs. */
  public OptionalInt exitCode() {
    return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private String tail() {
    String text = log();
    return text.length() <= 8_000 ? text : "..." + text.substring(text.length() - 8_000);
  }

  /** Kills what is left: a test never leaves a JVM running. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
