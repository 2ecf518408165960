package org.certex.producers.msel;

/** A scenario file around an imported {@code injects:} section, with the samples' participants. */
final class ScenarioYaml {

  private static final String HEAD =
      """
      exercise:
        id: msel-drill
        title: MSEL drill
        start: 2021-12-07T08:00:00Z
        duration: 30h
      participants:
        - {id: CERT-RS, name: National CERT, country: RS, kind: national-csirt, played-by: trainees}
        - {id: EPS, name: Power utility, country: RS, kind: operator}
        - {id: HU-CSIRT, name: CSIRT of Hungary, country: HU, kind: national-csirt}
        - {id: ENISA, name: ENISA, country: EU, kind: enisa}
        - {id: MEDIA, name: Newsroom, country: RS, kind: other}
      """;

  private ScenarioYaml() {}

  static String around(String injectsSection) {
    return HEAD + injectsSection;
  }
}
