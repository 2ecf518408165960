package org.certex.streams.situation.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.certex.avro.AttributionAssessment;
import org.certex.avro.AttributionRecord;
import org.certex.avro.AttributionSubjectState;
import org.certex.avro.NationalAssessment;
import org.certex.avro.TraineeAction;
import org.certex.streams.situation.attribution.CoordinatedAttribution.Declaration;
import org.certex.streams.situation.attribution.CoordinatedAttribution.StateAssessment;

/**
 * Records an assessment against its subject's state ({@value AttributionTopology#SUBJECTS_STORE}):
 * refused when its evidence would travel too wide; otherwise recorded (without the evidence) and,
 * for a member state, kept as that state's standing assessment of the subject unless the state made
 * a later one (by scenario time: a late assessment may come after a later one), which may complete
 * a coordinated attribution. Assessments arrive keyed by subject, so a subject's state lives in one
 * task.
 */
final class AssessAttribution
    implements FixedKeyProcessor<String, TraineeAction, AttributionRecord> {

  private final MemberStates memberStates;
  private final CoordinatedAttribution coordination;
  private final EvidenceRule evidence = new EvidenceRule();
  private final AttributionRecords records;
  private FixedKeyProcessorContext<String, AttributionRecord> context;
  private KeyValueStore<String, AttributionSubjectState> subjects;

  AssessAttribution(AttributionSettings settings, AttributionRecords records) {
    this.memberStates = settings.memberStates();
    this.coordination =
        new CoordinatedAttribution(
            settings.coordinationStates(), settings.coordinationConfidence());
    this.records = records;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, AttributionRecord> context) {
    this.context = context;
    this.subjects = context.getStateStore(AttributionTopology.SUBJECTS_STORE);
  }

  @Override
  public void process(FixedKeyRecord<String, TraineeAction> record) {
    TraineeAction action = record.value();
    Optional<String> state = memberStates.stateOf(action.getActor());
    Optional<Refusal> refusal = evidence.refusal(action.getAssessment());
    if (refusal.isPresent()) {
      forward(record, records.assessmentRefused(action, state, refusal.get()));
    } else if (state.isEmpty()) {
      String reason =
          "recorded, not counted towards coordinated attribution: '"
              + action.getActor()
              + "' acts for no EU member state";
      forward(record, records.assessment(action, state, reason));
    } else {
      count(record, state.get());
    }
  }

  /** The state's assessment recorded and, if it is the state's latest, counted. */
  private void count(FixedKeyRecord<String, TraineeAction> record, String state) {
    TraineeAction action = record.value();
    StateAssessment arriving = of(action, state);
    AttributionSubjectState known =
        Optional.ofNullable(subjects.get(record.key()))
            .orElseGet(() -> AttributionSubjectState.newBuilder().build());
    List<StateAssessment> standing = new ArrayList<>();
    for (NationalAssessment n : known.getAssessments()) {
      StateAssessment kept = of(n);
      if (!kept.memberState().equals(state)) {
        standing.add(kept);
      } else if (StateAssessment.MADE.compare(kept, arriving) > 0) {
        String reason =
            "recorded; the later assessment of " + state + " at " + kept.at() + " stands";
        forward(record, records.assessment(action, Optional.of(state), reason));
        return;
      }
    }
    standing.add(arriving);
    forward(record, records.assessment(action, Optional.of(state), ""));
    Optional<Declaration> declaration =
        coordination.declare(standing, arriving.actor(), new HashSet<>(known.getDeclaredActors()));
    List<String> declared = new ArrayList<>(known.getDeclaredActors());
    declaration.ifPresent(d -> declared.add(CoordinatedAttribution.actorKey(d.actor())));
    subjects.put(
        record.key(),
        AttributionSubjectState.newBuilder()
            .setAssessments(standing.stream().map(AssessAttribution::toNational).toList())
            .setDeclaredActors(declared)
            .build());
    declaration.ifPresent(d -> forward(record, records.coordinated(record.key(), d, sentence(d))));
  }

  private static StateAssessment of(TraineeAction action, String state) {
    AttributionAssessment a = action.getAssessment();
    return new StateAssessment(
        state,
        a.getActor(),
        a.getConfidence(),
        action.getAt(),
        action.getActor(),
        action.getActionId());
  }

  private static StateAssessment of(NationalAssessment n) {
    return new StateAssessment(
        n.getMemberState(), n.getActor(), n.getConfidence(), n.getAt(), n.getBy(), n.getActionId());
  }

  private static NationalAssessment toNational(StateAssessment a) {
    return NationalAssessment.newBuilder()
        .setMemberState(a.memberState())
        .setBy(a.by())
        .setActor(a.actor())
        .setConfidence(a.confidence())
        .setAt(a.at())
        .setActionId(a.actionId())
        .build();
  }

  private String sentence(Declaration d) {
    return d.memberStates().size()
        + " member states ("
        + String.join(", ", d.memberStates())
        + ") name "
        + d.actor()
        + " with "
        + coordination.confidence()
        + " confidence or higher; "
        + coordination.states()
        + " are needed";
  }

  /** Each record stamped with its own scenario time. */
  private void forward(FixedKeyRecord<String, TraineeAction> record, AttributionRecord value) {
    context.forward(record.withValue(value).withTimestamp(value.getScenarioTime().toEpochMilli()));
  }
}
