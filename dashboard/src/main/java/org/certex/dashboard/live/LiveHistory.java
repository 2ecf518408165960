package org.certex.dashboard.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.certex.dashboard.views.ViewChange;

/**
 * The latest changes of each run, numbered, so that a live stream that was dropped (a browser that
 * fell behind, a network that blinked) resumes where it stopped: each event's id is {@code
 * <epoch>-<n>}, the browser sends the last one back as {@code Last-Event-ID} when it reconnects,
 * and the stream replays what came after it. An id of another epoch (this dashboard restarted and
 * folded the runs anew) or older than what is kept gets the run as it is now instead, as a first
 * connection does. Plain Java; callers serialise access (see {@link LiveStreams}).
 */
final class LiveHistory {

  /** Changes kept per run: at a few hundred a second, some seconds of being away. */
  static final int CHANGES_PER_RUN = 5_000;

  /** One change with its number. */
  record Numbered(long number, ViewChange change) {}

  private final String epoch = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
  private final Map<String, Deque<Numbered>> runs = new HashMap<>();
  private final Map<String, Long> latest = new HashMap<>();
  private final int capacity;

  LiveHistory() {
    this(CHANGES_PER_RUN);
  }

  LiveHistory(int capacity) {
    this.capacity = capacity;
  }

  /** Numbers and keeps a change; the oldest of its run goes when the run keeps too many. */
  Numbered append(ViewChange change) {
    long number = latest.merge(change.runId(), 1L, Long::sum);
    Deque<Numbered> kept = runs.computeIfAbsent(change.runId(), run -> new ArrayDeque<>());
    Numbered numbered = new Numbered(number, change);
    kept.addLast(numbered);
    if (kept.size() > capacity) {
      kept.removeFirst();
    }
    return numbered;
  }

  /** The event id of a run's latest change (of none yet, for a run with no change). */
  String idOfLatest(String runId) {
    return id(latest.getOrDefault(runId, 0L));
  }

  String id(long number) {
    return epoch + "-" + number;
  }

  /**
   * The run's changes after the one {@code lastEventId} names, if every one of them is still kept;
   * empty when the id is of another epoch, malformed, or older than what is kept.
   */
  Optional<List<Numbered>> after(String runId, String lastEventId) {
    Optional<Long> last = numberIn(lastEventId);
    long newest = latest.getOrDefault(runId, 0L);
    if (last.isEmpty() || last.get() > newest) {
      return Optional.empty();
    }
    Deque<Numbered> kept = runs.getOrDefault(runId, new ArrayDeque<>());
    long oldestKept = kept.isEmpty() ? newest + 1 : kept.peekFirst().number();
    if (last.get() + 1 < oldestKept) {
      return Optional.empty();
    }
    List<Numbered> missed = new ArrayList<>();
    for (Numbered numbered : kept) {
      if (numbered.number() > last.get()) {
        missed.add(numbered);
      }
    }
    return Optional.of(missed);
  }

  private Optional<Long> numberIn(String lastEventId) {
    if (lastEventId == null || !lastEventId.startsWith(epoch + "-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(lastEventId.substring(epoch.length() + 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
