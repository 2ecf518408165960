package org.certex.dashboard.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.certex.dashboard.scores.AttributionPicture;

/**
 * The cyber diplomacy toolbox as played in a run: its records, and each proposal's state and votes.
 * Exercise control and evaluators see all; a CERT sees the proposals without their votes, the
 * outcomes, and its own records ({@link TeamSight#attribution}).
 *
 * <p>At most {@value #RECORDS} records and {@value #PROPOSALS} proposals are kept, the oldest
 * dropped first; a proposal keeps at most {@value #VOTES} votes. Refusals are counted by kind.
 */
final class AttributionBoard {

  static final int RECORDS = 500;
  static final int PROPOSALS = 200;
  static final int VOTES = 64;

  private final Latest<AttributionView> records = new Latest<>(RECORDS);
  private final Map<String, Long> refusals = new TreeMap<>();
  private final Map<String, ProposalView> proposals =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProposalView> eldest) {
          return size() > PROPOSALS;
        }
      };

  void record(AttributionView record) {
    records.add(record);
    if (record.kind().endsWith("_REFUSED")) {
      refusals.merge(record.kind(), 1L, Long::sum);
    }
    String id = record.proposalId();
    if (id == null) {
      return;
    }
    ProposalView proposal = proposals.get(id);
    switch (record.kind()) {
      case "PROPOSAL_OPENED" ->
          proposals.put(
              id,
              new ProposalView(
                  id,
                  record.measure(),
                  record.subject(),
                  record.actor(),
                  record.procedure(),
                  record.deadline(),
                  "OPEN",
                  Map.of()));
      case "VOTE" -> {
        if (proposal != null && proposal.votes().size() < VOTES) {
          Map<String, String> votes = new TreeMap<>(proposal.votes());
          votes.put(
              record.memberState() != null ? record.memberState() : record.by(), record.choice());
          proposals.put(id, withVotes(proposal, votes, proposal.state()));
        }
      }
      case "ADOPTED", "BLOCKED", "NOT_ADOPTED" -> {
        if (proposal != null) {
          proposals.put(id, withVotes(proposal, proposal.votes(), record.kind()));
        }
      }
      default -> {
        // assessments, attributions and refusals change no proposal
      }
    }
  }

  /** How many assessments and votes were refused, by kind (ASSESSMENT_REFUSED, VOTE_REFUSED). */
  Map<String, Long> refusals() {
    return Map.copyOf(refusals);
  }

  AttributionPicture whole() {
    return new AttributionPicture(records.newestFirst(), newestFirst(proposals));
  }

  /**
   * @param country the CERT's country, or null if the run's record does not list it
   */
  AttributionPicture of(String certId, String country) {
    List<AttributionView> seen =
        records.stream()
            .filter(
                record ->
                    TeamSight.attribution(
                        record, certId, country != null && record.memberStates().contains(country)))
            .toList();
    List<ProposalView> open =
        newestFirst(proposals).stream().map(ProposalView::withoutVotes).toList();
    return new AttributionPicture(seen, open);
  }

  private static ProposalView withVotes(ProposalView p, Map<String, String> votes, String state) {
    return new ProposalView(
        p.proposalId(),
        p.measure(),
        p.subject(),
        p.actor(),
        p.procedure(),
        p.deadline(),
        state,
        Collections.unmodifiableMap(new TreeMap<>(votes)));
  }

  private static List<ProposalView> newestFirst(Map<String, ProposalView> proposals) {
    List<ProposalView> all = new ArrayList<>(proposals.values());
    Collections.reverse(all);
    return all;
  }
}
