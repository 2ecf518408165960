package org.certex.dashboard.scores;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.certex.dashboard.scores.PictureView.CountryRow;
import org.certex.dashboard.scores.PictureView.FlowRow;
import org.certex.dashboard.scores.PictureView.ParticipantRow;
import org.certex.dashboard.scores.PictureView.TeamTime;
import org.certex.dashboard.scores.ResponseTimes.Times;
import org.certex.dashboard.views.ParticipantView;

/**
 * The organisations' part of the situation picture, read from the roster and the flows as they
 * stand: the participants by country, the participants and flows a query asks for, and the teams'
 * times to acknowledge. Every list it returns is bounded: {@link #MAX_COUNTRIES} countries, {@link
 * #MAX_FLOWS} flows, the query's limit of participants and teams.
 */
final class OrganisationPicture {

  static final int MAX_COUNTRIES = 300;
  static final int MAX_FLOWS = 300;

  private final ParticipantRoster roster;
  private final SharingFlows flows;

  OrganisationPicture(ParticipantRoster roster, SharingFlows flows) {
    this.roster = roster;
    this.flows = flows;
  }

  /** Every country with participants or deliveries, the most participants first. */
  List<CountryRow> countries() {
    Map<String, long[]> byCountry = new TreeMap<>();
    for (ParticipantView participant : roster.participants()) {
      byCountry.computeIfAbsent(countryOf(participant.id()), c -> new long[3])[0]++;
    }
    for (String org : flows.organisations()) {
      long[] counts = byCountry.computeIfAbsent(countryOf(org), c -> new long[3]);
      counts[1] += flows.sent(org);
      counts[2] += flows.received(org);
    }
    return byCountry.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(MAX_COUNTRIES)
        .map(
            e ->
                new CountryRow(
                    e.getKey(),
                    (int) e.getValue()[0],
                    ParticipantRoster.isEuMember(e.getKey()),
                    e.getValue()[1],
                    e.getValue()[2]))
        .toList();
  }

  /** The participants the query asks for, the busiest first (sent and received), then by id. */
  List<ParticipantRow> participants(PictureQuery query) {
    return roster.participants().stream()
        .filter(p -> query.matches(p.id(), p.name(), p.country()))
        .map(
            p ->
                new ParticipantRow(
                    p.id(),
                    p.name(),
                    p.country(),
                    p.kind(),
                    flows.sent(p.id()),
                    flows.received(p.id())))
        .sorted(
            Comparator.comparingLong((ParticipantRow p) -> p.sent() + p.received())
                .reversed()
                .thenComparing(ParticipantRow::id))
        .limit(query.limit())
        .toList();
  }

  /**
   * The busiest flows: between countries when the query filters nothing, else between
   * organisations, from or to one the query asks for.
   */
  List<FlowRow> flows(PictureQuery query) {
    if (!query.filters()) {
      return flows.betweenCountries(MAX_FLOWS);
    }
    Set<String> asked = new HashSet<>();
    for (String org : flows.organisations()) {
      if (matches(org, query)) {
        asked.add(org);
      }
    }
    return flows.betweenOrganisations(asked::contains, MAX_FLOWS);
  }

  /** The teams with a time to acknowledge that the query asks for, the slowest first. */
  List<TeamTime> timeToAcknowledge(Map<String, Times> times, PictureQuery query) {
    return times.entrySet().stream()
        .filter(e -> e.getValue().medianSeconds() != null && matches(e.getKey(), query))
        .map(e -> new TeamTime(e.getKey(), e.getValue().medianSeconds()))
        .sorted(
            Comparator.comparingLong(TeamTime::medianSeconds)
                .reversed()
                .thenComparing(TeamTime::team))
        .limit(query.limit())
        .toList();
  }

  private boolean matches(String org, PictureQuery query) {
    ParticipantView participant = roster.participant(org);
    String name = participant == null ? null : participant.name();
    return query.matches(org, name, countryOf(org));
  }

  private String countryOf(String org) {
    return roster.countryOf(org, null);
  }
}
