package org.certex.producers.exercise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.certex.avro.ExerciseControl;
import org.certex.avro.TraineeAction;

/**
 * What reaches a running exercise from outside its own timeline: exercise-control commands and
 * trainee actions. Other threads offer; the engine's thread drains and may block on it while it
 * waits for scenario time to pass.
 */
final class EngineInbox {

  private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();
  private volatile boolean stopped;

  void offer(ExerciseControl command) {
    items.add(command);
  }

  void offer(TraineeAction action) {
    items.add(action);
  }

  void stop() {
    stopped = true;
    items.add(Boolean.FALSE);
  }

  boolean stopped() {
    return stopped;
  }

  /** Blocks up to {@code max} for something to arrive; true if something is waiting. */
  boolean await(Duration max) {
    if (!items.isEmpty()) {
      return true;
    }
    try {
      Object first = items.poll(Math.max(1, max.toMillis()), TimeUnit.MILLISECONDS);
      if (first != null) {
        items.add(first);
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return true;
    }
  }

  /** True when everything offered has been taken by the engine. */
  boolean isEmpty() {
    return items.isEmpty();
  }

  /** Everything that has arrived, in arrival order. */
  List<Object> drain() {
    List<Object> drained = new ArrayList<>();
    items.drainTo(drained);
    drained.removeIf(Boolean.FALSE::equals);
    return drained;
  }
}
