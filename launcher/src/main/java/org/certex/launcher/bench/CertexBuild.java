package org.certex.launcher.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Which certex the figures belong to, so benches of two commits can be compared: the version the
 * build wrote into {@code certex.properties}, and the commit, if known: {@code CERTEX_COMMIT}, or
 * else what git says of the checkout the {@code ./certex} script ran from ({@code CERTEX_HOME}).
 */
record CertexBuild(String version, Optional<String> commit) {

  private static final long GIT_TIMEOUT_SECONDS = 5;

  static CertexBuild current() {
    return new CertexBuild(builtVersion(), knownCommit());
  }

  private static String builtVersion() {
    Properties p = new Properties();
    try (InputStream in = CertexBuild.class.getResourceAsStream("/certex.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // unknown, as below
    }
    return p.getProperty("version", "unknown");
  }

  private static Optional<String> knownCommit() {
    String given = System.getenv("CERTEX_COMMIT");
    if (given != null && !given.isBlank()) {
      return Optional.of(given.strip());
    }
    String home = System.getenv("CERTEX_HOME");
    if (home == null || !Files.isDirectory(Path.of(home))) {
      return Optional.empty();
    }
    try {
      Process git =
          new ProcessBuilder("git", "-C", home, "rev-parse", "HEAD")
              .redirectErrorStream(true)
              .start();
      if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return Optional.empty();
      }
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.exitValue() == 0 && out.matches("[0-9a-f]{40}")
          ? Optional.of(out)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
