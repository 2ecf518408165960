package org.certex.streams.policy;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The organisations an alert starts from, its source and its addressees, with their relations
 * resolved, so each candidate is checked against them without looking anything up again.
 *
 * <p>Relations are read from the roster: an addressee (or source) that is not in it contributes no
 * clients, communities or agreements. The topology passes every participant of the scenario, so
 * this only matters for ids the scenario does not declare.
 *
 * <p>What a candidate's id alone settles (is it the source, an addressee, a client of an
 * addressee?) is asked by the roster position of that id, the first party with it: the same answer
 * as comparing ids, and the policy asks it for every candidate an alert reaches, so it costs a few
 * integer comparisons or a bit look-up instead of string ones. Plain arrays and loops, no streams,
 * for the same reason.
 */
final class AlertCircle {

  /**
   * The source's position (if it is a participant), then from {@code firstAddressee} on the
   * addressees'.
   */
  private final int[] sourceAndAddresseePositions;

  private final int firstAddressee;
  private final int sourcePosition;
  private final Roster roster;

  /** Built when first asked for: only the labels that reach clients ask. */
  private BitSet clientsOfAddressees;

  private AlertCircle(int[] circle, int firstAddressee, Roster roster) {
    this.sourceAndAddresseePositions = circle;
    this.firstAddressee = firstAddressee;
    this.sourcePosition = firstAddressee > 0 ? circle[0] : -1;
    this.roster = roster;
  }

  static AlertCircle of(SharingFacts alert, Roster roster) {
    List<String> ids = alert.addressees();
    int[] circle = new int[ids.size() + 1];
    int known = 0;
    int source = roster.positionOf(alert.source());
    if (source >= 0) {
      circle[known++] = source;
    }
    int firstAddressee = known;
    for (String id : ids) {
      int position = roster.positionOf(id);
      if (position >= 0) {
        circle[known++] = position;
      }
    }
    int[] exact = known == circle.length ? circle : Arrays.copyOf(circle, known);
    return new AlertCircle(exact, firstAddressee, roster);
  }

  /** The roster positions of the source and the addressees that are participants. */
  int[] sourceAndAddressees() {
    return sourceAndAddresseePositions;
  }

  /** Whether the id at this roster position is the alert's source. */
  boolean isSourceAt(int position) {
    return position == sourcePosition;
  }

  /** Whether the id at this roster position is one of the alert's addressees. */
  boolean isAddresseeAt(int position) {
    for (int i = firstAddressee; i < sourceAndAddresseePositions.length; i++) {
      if (sourceAndAddresseePositions[i] == position) {
        return true;
      }
    }
    return false;
  }

  /** TLP:AMBER reaches the clients and constituents of an addressee (by the id at a position). */
  boolean isClientOfAnAddresseeAt(int position) {
    return clientsOfAddressees().get(position);
  }

  /** The roster positions of every addressee's clients and constituents; not to be changed. */
  BitSet clientsOfAddressees() {
    if (clientsOfAddressees == null) {
      BitSet clients = new BitSet(roster.parties().size());
      for (int i = firstAddressee; i < sourceAndAddresseePositions.length; i++) {
        for (int client : roster.clientsOf(sourceAndAddresseePositions[i])) {
          clients.set(client);
        }
      }
      clientsOfAddressees = clients;
    }
    return clientsOfAddressees;
  }

  /** TLP:GREEN reaches the communities of the source and of every addressee. */
  boolean sharesACommunity(Party candidate) {
    for (int member : sourceAndAddresseePositions) {
      if (roster.parties().get(member).sharesCommunityWith(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** A bilateral agreement is a community of two, with the source or with an addressee. */
  boolean isAgreementPartner(Party candidate) {
    for (int member : sourceAndAddresseePositions) {
      if (roster.parties().get(member).hasAgreementWith(candidate)) {
        return true;
      }
    }
    return false;
  }
}
