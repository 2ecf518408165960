package org.certex.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the Kafka cluster is, shared by the commands that need one. */
public final class KafkaOptions {

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
      description = {
        "Use this Kafka cluster instead of starting a broker in this JVM.",
        "Default: the KAFKA_BOOTSTRAP_SERVERS environment variable, if set."
      })
  String bootstrap;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "data",
      description =
          "Folder for the embedded broker's logs and the streams' state (default: ${DEFAULT-VALUE}).")
  Path data;

  KafkaConnection connect() {
    return KafkaConnection.open(bootstrap, data);
  }
}
