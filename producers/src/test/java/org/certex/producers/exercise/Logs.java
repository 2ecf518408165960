package org.certex.producers.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.certex.avro.ActionType;
import org.certex.avro.ControlCommand;
import org.certex.avro.ExerciseControl;
import org.certex.avro.TraineeAction;

/** Builds the logs a resumed engine starts from, as a stopped run would have left them. */
final class Logs {

  /** Three partitions, as the runs of the end-to-end tests have. */
  static final ToIntFunction<String> PARTITION = id -> Math.floorMod(id.hashCode(), 3);

  private Logs() {}

  static ExerciseControl control(ControlCommand command, Double speed, String injectId) {
    return ExerciseControl.newBuilder()
        .setRunId("run-1")
        .setCommand(command)
        .setSpeed(speed)
        .setInjectId(injectId)
        .setScenarioTime(Drills.START)
        .build();
  }

  /** A request of exercise control, with an id, stamped {@code at}. */
  static ExerciseControl request(String requestId, ControlCommand command, Instant at) {
    return ExerciseControl.newBuilder()
        .setRunId("run-1")
        .setCommand(command)
        .setRequestId(requestId)
        .setIssuedBy("cli")
        .setScenarioTime(at)
        .build();
  }

  /** An engine record: a fact, with the clock's state after it. */
  static ExerciseControl fact(
      ControlCommand command, Instant at, Double speed, boolean paused, String requestId) {
    return ExerciseControl.newBuilder()
        .setRunId("run-1")
        .setCommand(command)
        .setOrigin(org.certex.avro.ControlOrigin.ENGINE)
        .setSpeed(speed)
        .setPaused(paused)
        .setRequestId(requestId)
        .setScenarioTime(at)
        .build();
  }

  static TraineeAction notify(String actionId, Instant at) {
    return TraineeAction.newBuilder()
        .setActionId(actionId)
        .setRunId("run-1")
        .setActor("CERT-RS")
        .setType(ActionType.NOTIFY)
        .setTargets(List.of("EPS"))
        .setAt(at)
        .build();
  }

  /** The alerts topic holding {@code sent}, told as the tails of its partitions. */
  static PublishedAlerts published(List<RecordingOutput.SentAlert> sent) {
    List<PublishedAlerts.Tail> tails = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      int partition = p;
      List<RecordingOutput.SentAlert> on =
          sent.stream().filter(a -> PARTITION.applyAsInt(a.id()) == partition).toList();
      if (on.isEmpty()) {
        tails.add(PublishedAlerts.Tail.EMPTY);
        continue;
      }
      Instant last = on.get(on.size() - 1).at();
      Set<String> ids = new HashSet<>();
      on.stream().filter(a -> a.at().equals(last)).forEach(a -> ids.add(a.id()));
      tails.add(new PublishedAlerts.Tail(last, ids));
    }
    return new PublishedAlerts(tails, PARTITION);
  }
}
