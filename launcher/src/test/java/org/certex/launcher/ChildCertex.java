package org.certex.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code certex} in a child JVM, with the test's classpath, so that a test can kill it as a crash
 * would (SIGKILL: no shutdown hook runs) and start it again on the same data folder.
 */
final class ChildCertex implements AutoCloseable {

  private final Process process;
  private final Path output;

  private ChildCertex(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code certex ARGS...}; what it prints goes to {@code output}. */
  static ChildCertex start(Path output, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CertexCommand.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    // Any free port for health and metrics: a certex running on this host keeps its own.
    builder.environment().put("MANAGEMENT_SERVER_PORT", "0");
    Process process = builder.start();
    return new ChildCertex(process, output);
  }

  /** Waits until the output has a line matching {@code pattern}, and returns the match. */
  Matcher await(Pattern pattern, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = pattern.matcher(text());
      if (m.find()) {
        return m;
      }
      if (!process.isAlive()) {
        throw new AssertionError("certex exited (" + process.exitValue() + "):\n" + text());
      }
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("no line matching " + pattern + " within " + within + ":\n" + text());
  }

  String text() {
    try {
      return Files.readString(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As a crash: SIGKILL, nothing of certex runs after it. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("certex did not die on SIGKILL");
    }
  }

  /** A clean stop (SIGTERM, as Ctrl-C); killed if it takes too long. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
