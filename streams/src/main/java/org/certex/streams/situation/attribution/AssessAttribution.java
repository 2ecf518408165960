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
 * for a member state, kept as that state's standing assessment of the subject, which may complete a
 * coordinated attribution. Assessments arrive keyed by subject, so a subject's state lives in one
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
    long at = action.getAt().toEpochMilli();
    Optional<String> state = memberStates.stateOf(action.getActor());
    Optional<Refusal> refusal = evidence.refusal(action.getAssessment());
    if (refusal.isPresent()) {
      forward(record, records.assessmentRefused(action, state, refusal.get()), at);
      return;
    }
    if (state.isEmpty()) {
      String reason =
          "recorded, not counted towards coordinated attribution: '"
              + action.getActor()
              + "' acts for no EU member state";
      forward(record, records.assessment(action, state, reason), at);
      return;
    }
    forward(record, records.assessment(action, state, ""), at);
    standing(record.key(), action, state.get())
        .ifPresent(declared -> forward(record, declared, at));
  }

  /** The state's assessment kept as its standing one; the declaration it completes, if any. */
  private Optional<AttributionRecord> standing(String subject, TraineeAction action, String state) {
    AttributionAssessment a = action.getAssessment();
    AttributionSubjectState known =
        Optional.ofNullable(subjects.get(subject))
            .orElseGet(() -> AttributionSubjectState.newBuilder().build());
    List<NationalAssessment> assessments = new ArrayList<>();
    known.getAssessments().stream()
        .filter(n -> !n.getMemberState().equals(state))
        .forEach(assessments::add);
    assessments.add(
        NationalAssessment.newBuilder()
            .setMemberState(state)
            .setBy(action.getActor())
            .setActor(a.getActor())
            .setConfidence(a.getConfidence())
            .setAt(action.getAt())
            .build());
    List<StateAssessment> plain =
        assessments.stream()
            .map(n -> new StateAssessment(n.getMemberState(), n.getActor(), n.getConfidence()))
            .toList();
    Optional<Declaration> declaration =
        coordination.declare(plain, a.getActor(), new HashSet<>(known.getDeclaredActors()));
    List<String> declared = new ArrayList<>(known.getDeclaredActors());
    declaration.ifPresent(d -> declared.add(CoordinatedAttribution.actorKey(d.actor())));
    subjects.put(
        subject,
        AttributionSubjectState.newBuilder()
            .setAssessments(assessments)
            .setDeclaredActors(declared)
            .build());
    return declaration.map(d -> records.coordinated(subject, d, action, sentence(d)));
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

  private void forward(
      FixedKeyRecord<String, TraineeAction> record, AttributionRecord value, long at) {
    context.forward(record.withValue(value).withTimestamp(at));
  }
}
