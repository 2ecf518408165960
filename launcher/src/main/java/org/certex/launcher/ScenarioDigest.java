package org.certex.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a run plays, as a SHA-256 digest recorded on its run record: a restart resumes an
 * interrupted run only when it is given the same scenario, so the file's bytes (or the generator's
 * settings) must match, not just the scenario id.
 */
final class ScenarioDigest {

  private ScenarioDigest() {}

  static String ofFile(Path file) {
    try {
      return of(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String ofGenerated(int orgs, double noiseRate) {
    String settings = "generated orgs=" + orgs + " noise-rate=" + noiseRate;
    return of(settings.getBytes(StandardCharsets.UTF_8));
  }

  private static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
