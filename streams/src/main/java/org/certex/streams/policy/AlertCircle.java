package org.certex.streams.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The organisations an alert starts from, its source and its addressees, with their relations
 * resolved, so each candidate is checked against them without looking anything up again.
 *
 * <p>Relations are read from the candidates: an addressee (or source) that is not among them
 * contributes no clients, communities or agreements. The topology passes every participant of the
 * scenario, so this only matters for ids the scenario does not declare.
 */
final class AlertCircle {

  private final List<Party> addressees;
  private final List<Party> sourceAndAddressees;

  private AlertCircle(List<Party> addressees, List<Party> sourceAndAddressees) {
    this.addressees = addressees;
    this.sourceAndAddressees = sourceAndAddressees;
  }

  static AlertCircle of(SharingFacts alert, List<Party> candidates) {
    Map<String, Party> byId =
        candidates.stream()
            .collect(Collectors.toMap(Party::id, Function.identity(), (first, again) -> first));
    List<Party> addressees = known(alert.addressees().stream(), byId);
    List<Party> circle =
        known(Stream.concat(Stream.of(alert.source()), alert.addressees().stream()), byId);
    return new AlertCircle(addressees, circle);
  }

  private static List<Party> known(Stream<String> ids, Map<String, Party> byId) {
    return ids.map(byId::get).filter(Objects::nonNull).toList();
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
