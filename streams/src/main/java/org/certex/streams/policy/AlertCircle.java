package org.certex.streams.policy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The organisations an alert starts from, its source and its addressees, with their relations
 * resolved, so each candidate is checked against them without looking anything up again.
 *
 * <p>Relations are read from the roster: an addressee (or source) that is not in it contributes no
 * clients, communities or agreements. The topology passes every participant of the scenario, so
 * this only matters for ids the scenario does not declare.
 */
final class AlertCircle {

  private final List<Party> addressees;
  private final List<Party> sourceAndAddressees;

  private AlertCircle(List<Party> addressees, List<Party> sourceAndAddressees) {
    this.addressees = addressees;
    this.sourceAndAddressees = sourceAndAddressees;
  }

  static AlertCircle of(SharingFacts alert, Roster roster) {
    List<Party> addressees = known(alert.addressees().stream(), roster);
    List<Party> circle =
        known(Stream.concat(Stream.of(alert.source()), alert.addressees().stream()), roster);
    return new AlertCircle(addressees, circle);
  }

  private static List<Party> known(Stream<String> ids, Roster roster) {
    return ids.map(roster::party).flatMap(Optional::stream).toList();
  }

  /** The addressees that are participants. */
  List<Party> addressees() {
    return addressees;
  }

  /** The source and the addressees that are participants. */
  List<Party> sourceAndAddressees() {
    return sourceAndAddressees;
  }

  /** TLP:AMBER reaches the clients and constituents of an addressee. */
  boolean isClientOfAnAddressee(Party candidate) {
    return addressees.stream().anyMatch(addressee -> addressee.servesClient(candidate.id()));
  }

  /** TLP:GREEN reaches the communities of the source and of every addressee. */
  boolean sharesACommunity(Party candidate) {
    return sourceAndAddressees.stream().anyMatch(member -> member.sharesCommunityWith(candidate));
  }

  /** A bilateral agreement is a community of two, with the source or with an addressee. */
  boolean isAgreementPartner(Party candidate) {
    return sourceAndAddressees.stream().anyMatch(member -> member.hasAgreementWith(candidate));
  }
}
