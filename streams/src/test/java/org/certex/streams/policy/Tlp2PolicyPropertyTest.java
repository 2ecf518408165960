package org.certex.streams.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
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

  /** Reason codes only a share request or a permission gives; an arriving alert never does. */
  private static final EnumSet<SharingReason> REQUEST_ONLY =
      EnumSet.of(
          SharingReason.SOURCE_PERMISSION,
          SharingReason.SOURCE_SHARED,
          SharingReason.GREEN_COMMUNITY_OF_SHARER,
          SharingReason.GREEN_CLIENT_OF_SHARER,
          SharingReason.GREEN_AGREEMENT_OF_SHARER,
          SharingReason.GREEN_OUTSIDE_SHARER_COMMUNITY,
          SharingReason.AMBER_CLIENT_OF_SHARER,
          SharingReason.AMBER_NOT_SHARER_CLIENT,
          SharingReason.AMBER_STRICT_NO_ONWARD_SHARING,
          SharingReason.RED_NO_ONWARD_SHARING,
          SharingReason.SHARER_DOES_NOT_HOLD,
          SharingReason.PERMISSION_NOT_FROM_SOURCE,
          SharingReason.RECIPIENT_ALREADY_HOLDS,
          SharingReason.UNKNOWN_RECIPIENT);

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
              for (SharingReason reason : EnumSet.complementOf(REQUEST_ONLY)) {
                coverage.check(reason).count(count -> count > 0);
              }
            });
  }

  @Property(tries = 15_000)
  @Label("no share request or permission ever passes an alert on further than TLP 2.0 allows")
  void requestsDeliverExactlyWhatTlpAllows(@ForAll("scenes") SharingScene scene) {
    Set<String> holders = scene.holders();
    List<SharingVerdict> verdicts = scene.decideRequest();
    assertThat(verdicts)
        .extracting(SharingVerdict::recipient)
        .containsExactlyElementsOf(scene.request().targets());
    for (SharingVerdict verdict : verdicts) {
      assertThat(verdict.deliver())
          .as("%s asked by %s in %s", verdict.recipient(), scene.request(), scene)
          .isEqualTo(TlpOracle.mayPassOn(scene, holders, verdict.recipient()));
      Statistics.label("request reason").collect(verdict.reason());
    }
    Statistics.label("request reason")
        .coverage(
            coverage -> {
              for (SharingReason reason : REQUEST_ONLY) {
                coverage.check(reason).count(count -> count > 0);
              }
            });
  }

  @Property(tries = 2000)
  @Label("a team that neither holds the alert nor is its source learns nothing from a request")
  void nonHoldersLearnNothing(@ForAll("scenes") SharingScene scene) {
    String requester = scene.request().requester();
    Assume.that(!requester.equals(scene.alert().source()) && !scene.holders().contains(requester));
    SharingReason refusal =
        scene.request().kind() == SharingRequest.Kind.SHARE
            ? SharingReason.SHARER_DOES_NOT_HOLD
            : SharingReason.PERMISSION_NOT_FROM_SOURCE;
    assertThat(scene.decideRequest())
        .extracting(SharingVerdict::reason)
        .allMatch(reason -> reason == refusal);
  }

  @Property(tries = 2000)
  @Label("a wider label never reaches fewer organisations: RED, AMBER+STRICT, AMBER, GREEN, CLEAR")
  void widerLabelsReachMore(@ForAll("scenes") SharingScene scene) {
    List<Tlp> narrowToWide = List.of(Tlp.RED, Tlp.AMBER_STRICT, Tlp.AMBER, Tlp.GREEN, Tlp.CLEAR);
    for (int i = 1; i < narrowToWide.size(); i++) {
      Set<String> narrower = scene.withTlp(narrowToWide.get(i - 1)).holders();
      Set<String> wider = scene.withTlp(narrowToWide.get(i)).holders();
      assertThat(wider)
          .as("%s over %s", narrowToWide.get(i), narrowToWide.get(i - 1))
          .containsAll(narrower);
    }
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
  @Label("RED never reaches a recipient the source did not name")
  void redNeverReachesTheUnnamed(@ForAll("redScenes") SharingScene scene) {
    List<SharingVerdict> verdicts = scene.decide();
    for (int i = 0; i < verdicts.size(); i++) {
      Party candidate = scene.parties().get(i);
      boolean named =
          candidate.id().equals(scene.alert().source())
              || scene.alert().addressees().contains(candidate.id());
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
        new Tlp2Policy(SharingRules.EU_DEFAULTS).everyVerdict(scene.alert(), candidates);

    assertThat(verdicts)
        .extracting(SharingVerdict::recipient)
        .containsExactlyElementsOf(candidates.stream().map(Party::id).toList());
  }

  @Property(tries = 5000)
  @Label(
      "the recorded decision lists exactly the recipients and addressees of asking everyone,"
          + " under any rules, and counts the rest")
  void recordedDecisionEqualsAskingEveryone(
      @ForAll("scenes") SharingScene scene,
      @ForAll boolean agreementsCountForGreen,
      @ForAll boolean forwardGreenOnly) {
    SharingRules rules =
        SharingRules.EU_DEFAULTS
            .withAgreementsCountForGreen(agreementsCountForGreen)
            .withNis2ForwardingLabels(
                forwardGreenOnly
                    ? EnumSet.of(Tlp.GREEN)
                    : EnumSet.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER));
    Tlp2Policy policy = new Tlp2Policy(rules);
    List<SharingVerdict> everyone = policy.everyVerdict(scene.alert(), scene.parties());

    AlertVerdicts recorded = policy.decide(scene.alert(), Roster.of(scene.parties()));

    List<SharingVerdict> relevant =
        everyone.stream()
            .filter(v -> v.deliver() || scene.alert().addressees().contains(v.recipient()))
            .toList();
    assertThat(recorded.listed()).as("%s", scene).containsExactlyElementsOf(relevant);
    assertThat(recorded.othersWithheld()).isEqualTo(everyone.size() - relevant.size());
    Statistics.label("reached").collect(relevant.size() == everyone.size() ? "all" : "some");
  }
}
