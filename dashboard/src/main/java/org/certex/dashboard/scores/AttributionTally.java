package org.certex.dashboard.scores;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.certex.dashboard.scores.PictureView.Attribution;
import org.certex.dashboard.scores.PictureView.ProposalRow;
import org.certex.dashboard.views.AttributionView;

/**
 * The attribution toolbox for the situation picture: each proposal with its state (OPEN, then
 * ADOPTED, BLOCKED or NOT_ADOPTED) and the member states' votes so far, and the coordinated
 * attributions. For control and evaluators only: votes are never shown to a team.
 *
 * <p>Bounded: the latest {@link #MAX_PROPOSALS} proposals (votes at most one per member state) and
 * the latest {@link #MAX_COORDINATED} coordinated attributions.
 */
final class AttributionTally {

  static final int MAX_PROPOSALS = 200;
  static final int MAX_COORDINATED = 50;

  private static final class Proposal {
    final AttributionView opened;
    final Map<String, String> votes = new TreeMap<>();
    String state = "OPEN";

    Proposal(AttributionView opened) {
      this.opened = opened;
    }
  }

  private final Map<String, Proposal> proposals =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Proposal> eldest) {
          return size() > MAX_PROPOSALS;
        }
      };
  private final Deque<AttributionView> coordinated = new ArrayDeque<>();

  /** Folds one record in; true if a proposal, a vote or a coordinated attribution changed. */
  boolean record(AttributionView record) {
    switch (record.kind()) {
      case "PROPOSAL_OPENED" -> {
        if (record.proposalId() == null || proposals.containsKey(record.proposalId())) {
          return false;
        }
        proposals.put(record.proposalId(), new Proposal(record));
      }
      case "VOTE" -> {
        Proposal proposal = proposals.get(record.proposalId());
        String voter = record.memberState() != null ? record.memberState() : record.by();
        if (proposal == null || voter == null || record.choice() == null) {
          return false;
        }
        proposal.votes.put(voter, record.choice());
      }
      case "ADOPTED", "BLOCKED", "NOT_ADOPTED" -> {
        Proposal proposal = proposals.get(record.proposalId());
        if (proposal == null) {
          return false;
        }
        proposal.state = record.kind();
      }
      case "COORDINATED_ATTRIBUTION" -> {
        coordinated.addFirst(record);
        if (coordinated.size() > MAX_COORDINATED) {
          coordinated.removeLast();
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Proposals newest first, coordinated attributions newest first. */
  Attribution view() {
    List<ProposalRow> rows = new ArrayList<>();
    for (Proposal proposal : proposals.values()) {
      AttributionView opened = proposal.opened;
      rows.add(
          new ProposalRow(
              opened.proposalId(),
              opened.measure(),
              opened.subject(),
              opened.actor(),
              opened.procedure(),
              opened.deadline(),
              proposal.state,
              Collections.unmodifiableMap(new TreeMap<>(proposal.votes))));
    }
    Collections.reverse(rows);
    return new Attribution(List.copyOf(rows), List.copyOf(coordinated));
  }
}
