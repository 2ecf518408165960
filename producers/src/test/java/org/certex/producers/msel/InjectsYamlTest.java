package org.certex.producers.msel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@DisplayName("Injects as YAML")
class InjectsYamlTest {

  @Test
  @DisplayName("writes an alert inject the way scenario files are written")
  void writesAnAlertInject() {
    String yaml = InjectsYaml.write(List.of(MselSamples.malware()));

    assertThat(yaml)
        .isEqualTo(
            """
            injects:
              - id: inj-01
                at: 5m
                from: EPS
                objective: Detect and report
                controller: ExCon energy desk
                contingency: false
                alert:
                  to: [CERT-RS]
                  tlp: "TLP:AMBER"
                  pap: "PAP:GREEN"
                  rsit: malicious-code/infected-system
                  severity: high
                  sector: energy
                  nis2: essential
                  significant: true
                  cross-border: true
                  affected-countries: [RS, HU]
                  indicators:
                    - {type: ipv4-addr, value: 203.0.113.7}
                    - {type: url, value: "http://grid.example.org/a;b=1"}
                    - {type: file, value: "C:\\\\Windows\\\\Temp\\\\svc.exe"}
                  campaign: TESLA-COIL
                  detected-before: 10m
                  text: |-
                    Malware on SCADA jump hosts, "svc.exe", beaconing to 203.0.113.7.
                    Second line: Електропривреда Србије #1
                      indented third line
                expect:
                  - id: exp-01a
                    who: CERT-RS
                    action: notify
                    within: 1d
                    targets: [ENISA, HU-CSIRT]
                    description: "Early warning, NIS2 Art. 23: \\"within 24 h\\""
                    contingency: inj-04
                  - id: exp-01b
                    who: CERT-RS
                    action: acknowledge
                    within: 15m
                branches:
                  - {when: {expectation: exp-01a, outcome: missed}, then: inj-05}
                  - {when: {expectation: exp-01a, outcome: met}, then: inj-06}
            """);
  }

  @Test
  @DisplayName("writes YAML that reads back to the same texts")
  void textsReadBack() {
    String yaml = InjectsYaml.write(MselSamples.injects());

    List<Map<String, Object>> injects =
        new Yaml().<Map<String, List<Map<String, Object>>>>load(yaml).get("injects");
    assertThat(injects).hasSize(MselSamples.injects().size());
    for (int i = 0; i < injects.size(); i++) {
      var original = MselSamples.injects().get(i);
      Map<String, Object> read = injects.get(i);
      assertThat(read.get("objective")).isEqualTo(original.objective());
      assertThat(read.get("controller")).isEqualTo(original.controller());
      if (original.isAlert()) {
        assertThat(((Map<?, ?>) read.get("alert")).get("text"))
            .isEqualTo(original.alert().text().isEmpty() ? null : original.alert().text());
      } else {
        Map<?, ?> message = (Map<?, ?>) read.get("message");
        assertThat(message.get("subject")).isEqualTo(original.message().subject());
        assertThat(message.get("body"))
            .isEqualTo(original.message().body().isEmpty() ? null : original.message().body());
      }
    }
  }

  @Test
  @DisplayName("writes an empty MSEL as an empty list")
  void writesNoInjects() {
    assertThat(InjectsYaml.write(List.of())).isEqualTo("injects: []\n");
  }
}
