package org.certex.producers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certex.producers.scenario.ScenarioTexts.MINIMAL;
import static org.certex.producers.scenario.ScenarioTexts.minimalWith;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Participants' relations and the communities section")
class ParticipantRelationsTest {

  /** The last key of CERT-RS (line 11); relations added after it take lines 12 on. */
  private static final String CERT_RS_LAST = "    played-by: trainees\n";

  @TempDir Path dir;

  private List<ScenarioProblem> problemsOf(String yaml) {
    return ScenarioTexts.problemsOf(dir, yaml);
  }

  private Scenario load(String yaml) throws InvalidScenarioException {
    return new ScenarioLoader().load(ScenarioTexts.write(dir, yaml));
  }

  private static String certRsWith(String lines) {
    return minimalWith(CERT_RS_LAST, CERT_RS_LAST + lines);
  }

  @Test
  @DisplayName("makes eu-member true by default for the 27 member states and EU bodies only")
  void euMemberDefault() throws InvalidScenarioException {
    assertThat(load(MINIMAL).participant("CERT-RS").orElseThrow().euMember()).isFalse();
    String hungary =
        minimalWith("    country: RS\n    kind: operator", "    country: HU\n    kind: operator");
    assertThat(load(hungary).participant("EPS").orElseThrow().euMember()).isTrue();
    String enisa =
        minimalWith("    country: RS\n    kind: operator", "    country: EU\n    kind: enisa");
    assertThat(load(enisa).participant("EPS").orElseThrow().euMember()).isTrue();
  }

  @Test
  @DisplayName("lets eu-member override the default")
  void euMemberExplicit() throws InvalidScenarioException {
    assertThat(load(certRsWith("    eu-member: true\n")).participant("CERT-RS").orElseThrow())
        .extracting(ScenarioParticipant::euMember)
        .isEqualTo(true);
    assertThat(problemsOf(certRsWith("    eu-member: maybe\n")))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "expected a boolean (true or false) for 'eu-member' but found the string 'maybe'");
  }

  @Test
  @DisplayName("reads clients and agreements naming participants listed further down")
  void clientsAndAgreements() throws InvalidScenarioException {
    ScenarioParticipant cert =
        load(certRsWith("    clients: [EPS]\n    agreements: [EPS]\n"))
            .participant("CERT-RS")
            .orElseThrow();
    assertThat(cert.clients()).containsExactly("EPS");
    assertThat(cert.agreements()).containsExactly("EPS");
    assertThat(cert.communities()).isEmpty();
  }

  @Test
  @DisplayName("rejects unknown, repeated and self references in clients and agreements")
  void badParticipantReferences() {
    assertThat(
            problemsOf(certRsWith("    clients: [EPS, CERT-RS, EPS]\n    agreements: [OHIO-NG]\n")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                12,
                20,
                "participant 'CERT-RS' naming itself in 'clients'; list other participants"),
            tuple(12, 29, "client 'EPS' named twice in 'clients'"),
            tuple(13, 18, "unknown participant 'OHIO-NG' in 'agreements'; known: CERT-RS, EPS"));
  }

  @Test
  @DisplayName("knows the built-in communities without a declaration")
  void builtInCommunities() throws InvalidScenarioException {
    String yaml = certRsWith("    communities: [CSIRTS-NETWORK, EU-CYCLONE, FIRST, ASEAN]\n");
    assertThat(load(yaml).participant("CERT-RS").orElseThrow().communities())
        .containsExactly("CSIRTS-NETWORK", "EU-CYCLONE", "FIRST", "ASEAN");
  }

  @Test
  @DisplayName("rejects an undeclared community, suggesting the nearest")
  void undeclaredCommunity() {
    assertThat(problemsOf(certRsWith("    communities: [CSIRT-NETWORK]\n")))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(
                12,
                19,
                "unknown community 'CSIRT-NETWORK' in 'communities'; did you mean"
                    + " 'CSIRTS-NETWORK'?"));
  }

  @Test
  @DisplayName("accepts communities and sharing groups declared in the communities section")
  void declaredCommunities() throws InvalidScenarioException {
    String yaml =
        certRsWith("    communities: [RS-ENERGY-ISAC]\n")
            + "communities:\n"
            + "  - {id: RS-ENERGY-ISAC, name: Serbian energy ISAC, kind: sharing-group}\n";
    assertThat(load(yaml).participant("CERT-RS").orElseThrow().communities())
        .containsExactly("RS-ENERGY-ISAC");
  }

  @Test
  @DisplayName("reports a duplicate community id and an unknown community kind")
  void badCommunities() {
    String yaml =
        MINIMAL
            + "communities:\n"
            + "  - {id: BALKAN-CERTS, name: Balkan CERTs, kind: comunity}\n"
            + "  - {id: BALKAN-CERTS, name: Again}\n";
    assertThat(problemsOf(yaml))
        .extracting(ScenarioProblem::line, ScenarioProblem::column, ScenarioProblem::message)
        .containsExactly(
            tuple(25, 50, "unknown community kind 'comunity' in 'kind'; did you mean 'community'?"),
            tuple(26, 10, "duplicate community id 'BALKAN-CERTS'; first defined at line 25"));
  }
}
