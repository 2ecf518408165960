package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.certex.producers.scenario.ScenarioLoader;
import org.certex.producers.scenario.SourceLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The check of expected shares against the sharing policy")
class SharingExpectationCheckTest {

  /**
   * SRC publishes one alert inject to {@code %1$s} under {@code %2$s}, with the expectations {@code
   * %3$s}, then a message inject whose expected share concerns no alert; {@code %4$s} is appended
   * (a policy section). PEER and CSIRT-A share FIRST; CSIRT-A serves OP-A and has an agreement with
   * CSIRT-B, which serves OP-B.
   */
  private static final String DRILL =
      """
      exercise:
        id: share-check
        title: Expected shares
        start: 2024-03-12T08:00:00Z
        duration: 6h
      participants:
        - {id: SRC, name: Source, country: BE, kind: operator}
        - {id: PEER, name: Peer, country: DE, kind: national-csirt, communities: [FIRST]}
        - id: CSIRT-A
          name: CSIRT A
          country: BE
          kind: national-csirt
          played-by: trainees
          clients: [OP-A]
          communities: [FIRST]
          agreements: [CSIRT-B]
        - {id: CSIRT-B, name: CSIRT B, country: NL, kind: national-csirt, clients: [OP-B]}
        - {id: OP-A, name: Operator A, country: BE, kind: operator}
        - {id: OP-B, name: Operator B, country: NL, kind: operator}
      injects:
        - id: inj-1
          at: 1h
          from: SRC
          alert:
            to: [%1$s]
            tlp: %2$s
            rsit: malicious-code/infected-system
            severity: high
          expect:
      %3$s
        - id: msg-1
          at: 2h
          from: SRC
          message:
            kind: email
            to: [CSIRT-A]
            subject: Please pass this on
          expect:
            - {id: m-1, who: CSIRT-A, action: share, within: 1h, targets: [OP-B]}
      %4$s
      """;

  @TempDir Path dir;

  private Path file;
  private String yaml;

  private List<SharingWarning> check(String to, String tlp, String expect, String policy)
      throws Exception {
    yaml = DRILL.formatted(to, tlp, expect.stripTrailing(), policy);
    file = Files.writeString(dir.resolve("drill.yaml"), yaml);
    return SharingExpectationCheck.of(new ScenarioLoader().load(file));
  }

  private List<SharingWarning> check(String to, String tlp, String expect) throws Exception {
    return check(to, tlp, expect, "");
  }

  /** Where the expectation with this id starts: the brace of its flow mapping. */
  private SourceLocation at(String expectationId) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int dash = lines.get(i).indexOf("- {id: " + expectationId + ",");
      if (dash >= 0) {
        return new SourceLocation(i + 1, dash + 3);
      }
    }
    throw new IllegalArgumentException(expectationId);
  }

  private static List<String> messages(List<SharingWarning> warnings) {
    return warnings.stream().map(SharingWarning::message).toList();
  }

  @Test
  @DisplayName("finds nothing when every expected share and permission delivers")
  void clean() throws Exception {
    List<SharingWarning> warnings =
        check(
            "PEER",
            "TLP:GREEN",
            """
                  - {id: e-1, who: CSIRT-A, action: share, within: 1h, targets: [CSIRT-B]}
                  - {id: e-2, who: SRC, action: grant-permission, within: 1h, targets: [OP-A]}
                  - {id: e-3, who: CSIRT-A, action: notify, within: 1h, targets: [PEER]}
            """);

    assertThat(warnings).isEmpty();
  }

  @Test
  @DisplayName("warns of a share with a target that holds the alert already, saying how")
  void alreadyHolds() throws Exception {
    List<SharingWarning> warnings =
        check(
            "CSIRT-A",
            "TLP:AMBER",
            """
                  - {id: e-1, who: CSIRT-A, action: share, within: 1h, targets: [OP-A, SRC]}
            """);

    assertThat(warnings)
        .extracting(SharingWarning::at, SharingWarning::message)
        .containsExactly(
            tuple(
                at("e-1"),
                "expectation 'e-1' expects CSIRT-A to share alert 'inj-1' (TLP:AMBER) with OP-A,"
                    + " which already holds it (RECIPIENT_ALREADY_HOLDS: the alert reaches it"
                    + " directly, AMBER_CLIENT_OF_ADDRESSEE)"),
            tuple(
                at("e-1"),
                "expectation 'e-1' expects CSIRT-A to share alert 'inj-1' (TLP:AMBER) with SRC,"
                    + " which already holds it (RECIPIENT_ALREADY_HOLDS: it is the alert's"
                    + " source)"));
    assertThat(warnings.get(0).format(file))
        .isEqualTo(
            file
                + ":"
                + at("e-1").line()
                + ":"
                + at("e-1").column()
                + ": warning: "
                + warnings.get(0).message());
  }

  @Test
  @DisplayName("warns of a share the label refuses, with the reason and what could deliver it")
  void refusedByTheLabel() throws Exception {
    List<SharingWarning> warnings =
        check(
            "CSIRT-A",
            "TLP:AMBER+STRICT",
            """
                  - {id: e-1, who: CSIRT-A, action: share, within: 1h, targets: [PEER]}
            """);

    assertThat(messages(warnings))
        .containsExactly(
            "expectation 'e-1' expects CSIRT-A to share alert 'inj-1' (TLP:AMBER+STRICT) with"
                + " PEER; the policy refuses: TLP:AMBER+STRICT may not be passed on"
                + " (AMBER_STRICT_NO_ONWARD_SHARING); the source's GRANT_PERMISSION could"
                + " deliver it (grant-permission by SRC)");
  }

  @Test
  @DisplayName("warns of a permission granted by anyone but the source")
  void permissionNotFromSource() throws Exception {
    assertThat(
            messages(
                check(
                    "CSIRT-A",
                    "TLP:RED",
                    """
                          - {id: e-1, who: CSIRT-A, action: grant-permission, within: 1h, targets: [PEER]}
                    """)))
        .containsExactly(
            "expectation 'e-1' expects CSIRT-A to grant permission for alert 'inj-1' (TLP:RED)"
                + " to reach PEER; the policy refuses: only the alert's source, SRC, grants"
                + " permission (PERMISSION_NOT_FROM_SOURCE); the source's GRANT_PERMISSION could"
                + " deliver it (grant-permission by SRC)");
  }

  @Test
  @DisplayName("decides expected shares in deadline order: an earlier share makes a new holder")
  void earlierSharesMakeHolders() throws Exception {
    String onward = "      - {id: e-2, who: CSIRT-B, action: share, within: %s, targets: [OP-B]}\n";
    String first =
        "      - {id: e-1, who: CSIRT-A, action: share, within: 1h, targets: [CSIRT-B]}\n";

    assertThat(check("PEER", "TLP:GREEN", first + onward.formatted("2h"))).isEmpty();
    assertThat(check("PEER", "TLP:GREEN", first + onward.formatted("30m")))
        .extracting(SharingWarning::at, SharingWarning::message)
        .containsExactly(
            tuple(
                at("e-2"),
                "expectation 'e-2' expects CSIRT-B to share alert 'inj-1' (TLP:GREEN) with OP-B;"
                    + " the policy refuses: CSIRT-B does not hold the alert by then"
                    + " (SHARER_DOES_NOT_HOLD); the source's GRANT_PERMISSION could deliver it"
                    + " (grant-permission by SRC)"));
  }

  @Test
  @DisplayName("takes the scenario's policy overrides into account")
  void policyOverrides() throws Exception {
    String share =
        "      - {id: e-1, who: CSIRT-A, action: share, within: 1h, targets: [CSIRT-B]}\n";

    assertThat(check("PEER", "TLP:GREEN", share)).isEmpty();
    assertThat(
            messages(
                check("PEER", "TLP:GREEN", share, "policy: {agreements-count-for-green: false}")))
        .containsExactly(
            "expectation 'e-1' expects CSIRT-A to share alert 'inj-1' (TLP:GREEN) with CSIRT-B;"
                + " the policy refuses: under TLP:GREEN a holder passes the alert on only within"
                + " its communities and to its clients (this scenario's policy does not count"
                + " agreements), and CSIRT-B is neither for CSIRT-A"
                + " (GREEN_OUTSIDE_SHARER_COMMUNITY); the source's GRANT_PERMISSION could deliver"
                + " it (grant-permission by SRC)");
  }

  @Test
  @DisplayName("accepts a refusal marked expected, and warns when the policy would deliver instead")
  void expectedRefusals() throws Exception {
    assertThat(
            check(
                "CSIRT-A",
                "TLP:AMBER+STRICT",
                """
                      - {id: e-1, who: CSIRT-A, action: share, within: 1h, targets: [PEER], expect-refusal: true}
                """))
        .isEmpty();
    assertThat(
            messages(
                check(
                    "PEER",
                    "TLP:GREEN",
                    """
                          - {id: e-1, who: CSIRT-A, action: share, within: 1h, targets: [CSIRT-B], expect-refusal: true}
                    """)))
        .containsExactly(
            "expectation 'e-1' expects a refusal when CSIRT-A shares alert 'inj-1' (TLP:GREEN)"
                + " with CSIRT-B, but the policy would deliver it (GREEN_AGREEMENT_OF_SHARER)");
  }

  @Test
  @DisplayName("warns of an expected share that names no targets")
  void noTargets() throws Exception {
    assertThat(
            messages(
                check(
                    "CSIRT-A",
                    "TLP:GREEN",
                    """
                          - {id: e-1, who: CSIRT-A, action: share, within: 1h}
                    """)))
        .containsExactly(
            "expectation 'e-1' expects CSIRT-A to share alert 'inj-1' (TLP:GREEN) but names no"
                + " targets; the pipeline sets a request without targets aside");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cyber-tesla-2021",
        "eu-nis2-cross-border",
        "eu-attribution-toolbox",
        "japan-asean-ccb",
        "el-salvador-critical-infrastructure"
      })
  @DisplayName("finds nothing in the shipped scenarios")
  void shippedScenarios(String id) throws Exception {
    Path shipped = Path.of("../scenarios/" + id + ".yaml");

    assertThat(messages(SharingExpectationCheck.of(new ScenarioLoader().load(shipped)))).isEmpty();
  }
}
