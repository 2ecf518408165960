package org.certex.schemas;

import java.util.List;
import org.certex.avro.AttributionRecord;
import org.certex.avro.Delivery;
import org.certex.avro.ExerciseControl;
import org.certex.avro.ExpectationOutcome;
import org.certex.avro.Incident;
import org.certex.avro.IncidentAlert;
import org.certex.avro.InjectFired;
import org.certex.avro.ReportingClock;
import org.certex.avro.SharingDecision;
import org.certex.avro.TraineeAction;

/** The topics of one exercise run (see {@link TopicCatalogue#forRun}). */
public record RunTopics(
    String runId,
    TopicSpec<String, IncidentAlert> alerts,
    TopicSpec<String, SharingDecision> decisions,
    TopicSpec<String, Delivery> deliveries,
    TopicSpec<String, TraineeAction> actions,
    TopicSpec<String, ExerciseControl> control,
    TopicSpec<String, InjectFired> injects,
    TopicSpec<String, ExpectationOutcome> expectations,
    TopicSpec<byte[], byte[]> deadLetters,
    TopicSpec<String, ReportingClock> clocks,
    TopicSpec<String, Incident> incidents,
    TopicSpec<String, AttributionRecord> attribution) {

  public List<TopicSpec<?, ?>> all() {
    return List.of(
        alerts,
        decisions,
        deliveries,
        actions,
        control,
        injects,
        expectations,
        deadLetters,
        clocks,
        incidents,
        attribution);
  }
}
