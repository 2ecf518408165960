package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.certex.dashboard.access.AccessLinks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("certex links")
class LinksCommandTest {

  private static final String SECRET = "links-command-test-secret-0123456789";

  @Test
  @DisplayName("prints exercise control's link, the evaluators' and one per team, with their keys")
  void printsEveryRolesLink() {
    StringWriter out = new StringWriter();
    CommandLine cli = CertexCommand.commandLine();
    cli.setOut(new PrintWriter(out));

    int exit =
        cli.execute(
            "links",
            "drill-1",
            "CERT-RS",
            "OHIO-NG",
            "--secret",
            SECRET,
            "--base-url",
            "http://h:1");

    assertThat(exit).isZero();
    AccessLinks links = AccessLinks.withSecret(SECRET);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines)
        .containsExactly(
            "exercise control: " + links.controlLink("http://h:1", "drill-1"),
            "evaluators:       " + links.evaluatorLink("http://h:1", "drill-1"),
            "team CERT-RS      " + links.certLink("http://h:1", "drill-1", "CERT-RS"),
            "team OHIO-NG      " + links.certLink("http://h:1", "drill-1", "OHIO-NG"));
    assertThat(lines.get(1)).contains("?run=drill-1&role=evaluator&key=");
  }
}
