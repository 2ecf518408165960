package org.certex.streams.situation.attribution;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.certex.avro.Confidence;
import org.certex.schemas.RecordLimits;

/**
 * Coordinated attribution: national attributions made in concert. It is declared, once per subject
 * and actor, when at least {@code states} member states name the same actor for the same subject
 * with at least {@code confidence}. Each member state counts once, with its standing (latest)
 * assessment; a state that later names another actor, or lowers its confidence, no longer counts,
 * but a declaration once made is not withdrawn. Actors are compared ignoring case and surrounding
 * blanks, as people type them. At most {@link RecordLimits#PARTICIPANTS} actors are declared for
 * one subject, so that the subject's state stays within what a record may take.
 */
final class CoordinatedAttribution {

  private final int states;
  private final Confidence confidence;

  CoordinatedAttribution(int states, Confidence confidence) {
    this.states = states;
    this.confidence = confidence;
  }

  /** A member state's standing assessment of one subject: what it says, who made it, when. */
  record StateAssessment(
      String memberState,
      String actor,
      Confidence confidence,
      Instant at,
      String by,
      String actionId) {

    /** Later by scenario time, then by action id: the order re-keying may not keep. */
    static final Comparator<StateAssessment> MADE =
        Comparator.comparing(StateAssessment::at).thenComparing(StateAssessment::actionId);
  }

  /**
   * @param memberStates the states naming the actor, sorted
   * @param lowest the lowest confidence among them
   * @param completing the latest of their assessments, by scenario time: the declaration holds from
   *     its time on, whatever order the assessments arrived in
   */
  record Declaration(
      String actor, List<String> memberStates, Confidence lowest, StateAssessment completing) {}

  /** The same actor, as people write it: case and surrounding blanks do not matter. */
  static String actorKey(String actor) {
    return actor.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The declaration that {@code actor} now reaches, unless it was declared for this subject before.
   *
   * @param standing every member state's standing assessment of the subject, one per state
   * @param declared the {@link #actorKey keys} of actors already declared for the subject
   */
  Optional<Declaration> declare(
      Collection<StateAssessment> standing, String actor, Set<String> declared) {
    String key = actorKey(actor);
    if (declared.contains(key) || declared.size() >= RecordLimits.PARTICIPANTS) {
      return Optional.empty();
    }
    List<StateAssessment> naming =
        standing.stream()
            .filter(a -> actorKey(a.actor()).equals(key))
            .filter(a -> a.confidence().compareTo(confidence) >= 0)
            .sorted(Comparator.comparing(StateAssessment::memberState))
            .toList();
    if (naming.size() < states) {
      return Optional.empty();
    }
    Confidence lowest =
        naming.stream()
            .map(StateAssessment::confidence)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    StateAssessment completing = naming.stream().max(StateAssessment.MADE).orElseThrow();
    return Optional.of(
        new Declaration(
            completing.actor().strip(),
            naming.stream().map(StateAssessment::memberState).toList(),
            lowest,
            completing));
  }

  int states() {
    return states;
  }

  Confidence confidence() {
    return confidence;
  }
}
