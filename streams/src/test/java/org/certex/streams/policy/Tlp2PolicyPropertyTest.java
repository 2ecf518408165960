package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.certex.avro.Tlp;

/**
 * Thousands of random organisation graphs, communities and alerts against a plain oracle. Edge
 * cases are off: the combined edge cases of nested lists outnumber the tries and cost seconds each
 * run, while worlds of one organisation with empty relations come up at random anyway.
 */
@PropertyDefaults(edgeCases = EdgeCasesMode.NONE)
class Tlp2PolicyPropertyTest {

  @Provide
  Arbitrary<SharingScene> scenes() {
    return SharingWorlds.scenes();
  }

  @Provide
  Arbitrary<SharingScene> clearScenes() {
    return SharingWorlds.scenes().map(scene -> scene.withTlp(Tlp.CLEAR));
  }

  @Provide
  Arbitrary<SharingScene> redScenes() {
    return SharingWorlds.scenes().map(scene -> scene.withTlp(Tlp.RED));
  }

  @Property(tries = 5000)
  @Label("no delivery ever breaks TLP 2.0, and nothing TLP 2.0 allows is withheld")
  void deliversExactlyWhatTlpAllows(@ForAll("scenes") SharingScene scene) {
    List<SharingVerdict> verdicts = scene.decide();
    for (int i = 0; i < verdicts.size(); i++) {
      Party candidate = scene.parties().get(i);
      assertThat(verdicts.get(i).deliver())
          .as("%s under TLP %s in %s", candidate.id(), scene.alert().tlp(), scene)
          .isEqualTo(TlpOracle.mayReceive(scene, candidate));
      Statistics.label("reason").collect(verdicts.get(i).reason());
    }
    Statistics.label("reason")
        .coverage(
            coverage -> {
              for (SharingReason reason : SharingReason.values()) {
                coverage.check(reason).count(count -> count > 0);
              }
            });
  }

  @Property(tries = 2000)
  @Label("a copy is redacted exactly when the PAP withholds the indicators from its recipient")
  void redactsExactlyWhenPapSays(@ForAll("scenes") SharingScene scene) {
    List<SharingVerdict> verdicts = scene.decide();
    for (int i = 0; i < verdicts.size(); i++) {
      Party candidate = scene.parties().get(i);
      assertThat(verdicts.get(i).redacted())
          .as("%s under PAP %s", candidate.id(), scene.alert().pap())
          .isEqualTo(TlpOracle.mustRedact(scene, candidate));
    }
  }

  @Property(tries = 2000)
  @Label("every alert reaches its own source, with the full copy")
  void everyAlertReachesItsSource(@ForAll("scenes") SharingScene scene) {
    assertThat(scene.decide())
        .filteredOn(verdict -> verdict.recipient().equals(scene.alert().source()))
        .allMatch(
            verdict ->
                verdict.equals(
                    new SharingVerdict(
                        verdict.recipient(), true, SharingReason.SOURCE_OWN_ALERT, false)));
  }

  @Property(tries = 2000)
  @Label("a CLEAR alert reaches everyone")
  void clearReachesEveryone(@ForAll("clearScenes") SharingScene scene) {
    assertThat(scene.decide()).allMatch(SharingVerdict::deliver);
  }

  @Property(tries = 2000)
  @Label("RED never reaches a recipient the source did not name or permit")
  void redNeverReachesTheUnnamed(@ForAll("redScenes") SharingScene scene) {
    List<SharingVerdict> verdicts = scene.decide();
    for (int i = 0; i < verdicts.size(); i++) {
      Party candidate = scene.parties().get(i);
      boolean named =
          candidate.id().equals(scene.alert().source())
              || scene.alert().addressees().contains(candidate.id())
              || TlpOracle.sourcePermitted(scene, candidate);
      assertThat(verdicts.get(i).deliver()).as(candidate.id()).isEqualTo(named);
    }
  }

  @Property(tries = 2000)
  @Label("any candidate list, in any order and with repeats, yields one verdict per candidate")
  void oneVerdictPerCandidate(
      @ForAll("scenes") SharingScene scene,
      @ForAll @Size(max = 20) List<@IntRange(max = 100) Integer> picks) {
    List<Party> candidates =
        picks.stream().map(pick -> scene.parties().get(pick % scene.parties().size())).toList();

    List<SharingVerdict> verdicts =
        new Tlp2Policy(SharingRules.EU_DEFAULTS)
            .decide(scene.alert(), candidates, scene.permissions());

    assertThat(verdicts)
        .extracting(SharingVerdict::recipient)
        .containsExactlyElementsOf(candidates.stream().map(Party::id).toList());
  }
}
