package org.certex.dashboard.scores;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ViewChange;
import org.certex.dashboard.views.ViewChange.Tallied;

/**
 * Tells the live pages that a run's scores or picture changed, at most once per {@link #INTERVAL}
 * of wall time per run: a busy run changes them with every delivery, and the pages refetch them on
 * each signal. A change that comes within the interval of the last signal is told with the next
 * one, so the last change of a burst is never lost: someone asks for {@link #due()} now and then
 * (see {@link ExerciseViews#dueTallies()}).
 *
 * <p>Bounded by the number of runs. Not thread-safe: {@link ExerciseViews} calls it under its lock.
 */
public final class TallySignal {

  static final Duration INTERVAL = Duration.ofSeconds(1);

  private final LongSupplier nanoTime;
  private final Set<String> changed = new LinkedHashSet<>();
  private final Map<String, Long> signalledAt = new HashMap<>();

  /**
   * @param nanoTime wall time in nanoseconds, as {@link System#nanoTime()}
   */
  public TallySignal(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  public void changed(String runId) {
    changed.add(runId);
  }

  /** One signal per run that changed since its last signal, if that was an interval ago. */
  public List<ViewChange> due() {
    long now = nanoTime.getAsLong();
    List<ViewChange> due = new ArrayList<>();
    for (Iterator<String> runs = changed.iterator(); runs.hasNext(); ) {
      String runId = runs.next();
      Long last = signalledAt.get(runId);
      if (last == null || now - last >= INTERVAL.toNanos()) {
        runs.remove();
        signalledAt.put(runId, now);
        due.add(new Tallied(runId));
      }
    }
    return due;
  }
}
