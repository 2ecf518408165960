package org.certex.launcher.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.certex.launcher.CertexCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A folder given as --out is refused before the cluster is opened and the run read. */
class StixExportOutTest {

  @Test
  void aFolderAsOutIsAUsageErrorBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("bundle.json"));
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CertexCommand());
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int exit =
        cli.execute(
            "export",
            "stix",
            "some-run",
            "--data",
            dir.resolve("no-broker-here").toString(),
            "--out",
            folder.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--out", folder.toString(), "is a folder");
  }
}
