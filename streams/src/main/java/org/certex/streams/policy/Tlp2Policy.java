package org.certex.streams.policy;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.certex.avro.Tlp;

/**
 * TLP 2.0 (FIRST, 2022) enforced: for every candidate organisation, deliver or withhold an alert,
 * with the reason code why and whether the copy is redacted. Plain Java, so the topology and {@code
 * certex policy explain} run the same code. docs/SHARING-POLICY.md states the rules.
 *
 * <p>Order of the checks when an alert arrives: the source; what the label allows from the
 * addressees; NIS2 cross-border forwarding. The first that delivers gives the reason; when none
 * does, the label's reason for withholding is given. Afterwards, teams' share requests and the
 * source's permissions take the alert further, decided by {@link SharingRequests}.
 */
public final class Tlp2Policy implements SharingPolicy {

  private final SharingRules rules;
  private final CrossBorderForwarding crossBorder;
  private final SharingRequests requests;
  private final AlertReach reach;

  public Tlp2Policy(SharingRules rules) {
    this.rules = rules;
    this.reach = new AlertReach(rules);
    this.crossBorder = new CrossBorderForwarding(rules);
    this.requests = new SharingRequests(rules);
  }

  /** A short name written into each decision, so the audit trail says which rules applied. */
  @Override
  public String name() {
    return "tlp2-policy-v1";
  }

  public SharingRules rules() {
    return rules;
  }

  /**
   * The participants the alert reaches ({@link AlertReach}), each decided by the same rules as
   * {@link #everyVerdict}; every other participant is withheld and only counted.
   */
  @Override
  public AlertVerdicts decide(SharingFacts alert, Roster roster) {
    AlertCircle circle = AlertCircle.of(alert, roster);
    BitSet reach = this.reach.of(alert, circle, roster);
    List<Party> parties = roster.parties();
    SharingVerdict[] listed = new SharingVerdict[reach.cardinality()];
    int count = 0;
    for (int i = reach.nextSetBit(0); i >= 0; i = reach.nextSetBit(i + 1)) {
      SharingVerdict verdict = verdict(alert, circle, parties.get(i), i);
      if (verdict.deliver() || circle.isAddresseeAt(i)) {
        listed[count++] = verdict;
      }
    }
    // List.of copies the array once; the decision keeps that list without copying it again.
    List<SharingVerdict> verdicts =
        List.of(count == listed.length ? listed : Arrays.copyOf(listed, count));
    return new AlertVerdicts(verdicts, roster.size() - count);
  }

  /**
   * One verdict per candidate, in the candidates' order. The candidates also supply the relations
   * (clients, communities, agreements) of the source and the addressees.
   */
  @Override
  public List<SharingVerdict> everyVerdict(SharingFacts alert, List<Party> candidates) {
    Roster roster = Roster.of(candidates);
    AlertCircle circle = AlertCircle.of(alert, roster);
    return candidates.stream()
        .map(candidate -> verdict(alert, circle, candidate, roster.positionOf(candidate.id())))
        .toList();
  }

  /**
   * One verdict per target of a team's share request or permission, on an alert already decided.
   * {@code holders} are the organisations that hold the alert now (its source and every recipient
   * so far); the rules are in {@link SharingRequests}.
   */
  @Override
  public List<SharingVerdict> decideRequest(
      SharingFacts alert, SharingRequest request, List<Party> roster, Set<String> holders) {
    return requests.decide(alert, request, roster, holders);
  }

  /**
   * @param position the roster position of the candidate's id (of the first party of that id): what
   *     the id alone settles (the source? an addressee? a client of one?) is asked by it, the same
   *     answer as comparing ids, without comparing strings per candidate
   */
  private SharingVerdict verdict(
      SharingFacts alert, AlertCircle circle, Party candidate, int position) {
    SharingReason reason = reason(alert, circle, candidate, position);
    return SharingVerdict.of(candidate.id(), reason, redacted(alert, circle, position));
  }

  private SharingReason reason(
      SharingFacts alert, AlertCircle circle, Party candidate, int position) {
    if (circle.isSourceAt(position)) {
      return SharingReason.SOURCE_OWN_ALERT;
    }
    SharingReason byLabel = byLabel(alert, circle, candidate, position);
    if (byLabel.delivers()) {
      return byLabel;
    }
    if (crossBorder.forwards(alert, candidate)) {
      return SharingReason.NIS2_CROSS_BORDER_FORWARD;
    }
    return byLabel;
  }

  private SharingReason byLabel(
      SharingFacts alert, AlertCircle circle, Party candidate, int position) {
    boolean addressee = circle.isAddresseeAt(position);
    Tlp tlp = alert.tlp();
    return switch (tlp) {
      case CLEAR -> SharingReason.CLEAR_ANYONE;
      case GREEN -> addressee ? SharingReason.GREEN_ADDRESSEE : green(circle, candidate, position);
      case AMBER -> addressee ? SharingReason.AMBER_ADDRESSEE : amber(circle, position);
      case AMBER_STRICT ->
          addressee
              ? SharingReason.AMBER_STRICT_ADDRESSEE
              : SharingReason.AMBER_STRICT_NOT_ADDRESSEE;
      case RED -> addressee ? SharingReason.RED_NAMED_RECIPIENT : SharingReason.RED_NOT_NAMED;
    };
  }

  private static SharingReason amber(AlertCircle circle, int position) {
    return circle.isClientOfAnAddresseeAt(position)
        ? SharingReason.AMBER_CLIENT_OF_ADDRESSEE
        : SharingReason.AMBER_NOT_CLIENT;
  }

  private SharingReason green(AlertCircle circle, Party candidate, int position) {
    if (circle.sharesACommunity(candidate)) {
      return SharingReason.GREEN_COMMUNITY_MEMBER;
    }
    if (circle.isClientOfAnAddresseeAt(position)) {
      return SharingReason.GREEN_CLIENT_OF_ADDRESSEE;
    }
    if (rules.agreementsCountForGreen() && circle.isAgreementPartner(candidate)) {
      return SharingReason.GREEN_AGREEMENT_PARTNER;
    }
    return SharingReason.GREEN_OUTSIDE_COMMUNITY;
  }

  /** PAP: whoever the source did not entrust directly may not act on the indicators. */
  private boolean redacted(SharingFacts alert, AlertCircle circle, int position) {
    return rules.redacts(alert.pap())
        && !circle.isSourceAt(position)
        && !circle.isAddresseeAt(position);
  }
}
