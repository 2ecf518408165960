package org.certex.launcher;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A role's process as the {@code certex service} command composes it ({@link CertexContexts}), in
 * this JVM, for tests outside this package (reliability tests stop and restart them).
 */
public final class InProcessRoles {

  private InProcessRoles() {}

  /** The streams process ({@code certex service streams}) against a cluster, without metrics. */
  public static ConfigurableApplicationContext streams(String bootstrapServers, Path data) {
    return streams(bootstrapServers, data, Map.of());
  }

  /**
   * @param defaults settings as if from a property file ({@code certex.streams.threads-per-run})
   */
  public static ConfigurableApplicationContext streams(
      String bootstrapServers, Path data, Map<String, Object> defaults) {
    return CertexContexts.start(
        EnumSet.of(Role.STREAMS), bootstrapServers, data, 0, ManagementServer.off(), defaults);
  }
}
