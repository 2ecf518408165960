package org.certex.dashboard.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.ViewsAt;
import org.certex.dashboard.web.UnknownRunException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The state of a run at a moment, for a replay: a fresh {@link ExerciseViews} that folded the run's
 * events up to that moment, read from its topics by timestamp ({@link RunLog#events}), so it is the
 * live fold's own state at that moment and never a second fold of the same facts. Nothing is re-run
 * and nothing written; the reader has no consumer group.
 *
 * <p>A fold reads the run from its start, so the last few moments asked for are kept (scrubbing
 * back and forth costs one fold per new moment). Folds run one at a time on one consumer ({@link
 * OneFold}): the page asks for a moment's inbox, clocks and scores at once, and all but the first
 * wait for that fold; a different moment asked for meanwhile is refused (503), not queued.
 */
public final class ReplayMoments implements ViewsAt.Moments, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ReplayMoments.class);

  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final int inboxCapacity;
  private final Duration stall;
  private final Map<String, ExerciseViews> kept;
  private final Map<String, RunSpan> spans = new HashMap<>();
  private final Map<String, RunLog> logs = new HashMap<>();
  private final OneFold<Object> folds = new OneFold<>();
  private Consumer<byte[], byte[]> consumer;

  /**
   * @param consumers makes the one consumer the folds read with ({@link RunLog#consumerSettings})
   * @param inboxCapacity as the live fold's, so that a moment holds what the live page held
   * @param keep how many moments are kept
   */
  public ReplayMoments(
      Supplier<Consumer<byte[], byte[]>> consumers, int inboxCapacity, Duration stall, int keep) {
    this.consumers = consumers;
    this.inboxCapacity = inboxCapacity;
    this.stall = stall;
    this.kept =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ExerciseViews> eldest) {
            return size() > keep;
          }
        };
  }

  /**
   * The run's state at {@code at}, folded or kept.
   *
   * @throws ResponseStatusException 400 if {@code at} is outside the run ({@link #span}), 404 if
   *     the cluster holds no such run
   */
  @Override
  public ExerciseViews at(String runId, Instant at) {
    RunSpan span = span(runId, RunLog.Progress.NONE);
    if (!span.holds(at)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "at must be a moment of run " + runId + ", from " + span.start() + " to " + span.end());
    }
    return moment(runId, at, RunLog.Progress.NONE);
  }

  /**
   * From the run's scenario start to its last event, found by folding the whole log once (that fold
   * is kept as the last moment); {@code progress} is told how far that first fold is.
   *
   * @throws UnknownRunException if the cluster holds no such run
   */
  public RunSpan span(String runId, RunLog.Progress progress) {
    synchronized (this) {
      RunSpan known = spans.get(runId);
      if (known != null) {
        return known;
      }
    }
    return (RunSpan) folds.fold("the whole of " + runId, () -> whole(runId, progress));
  }

  private RunSpan whole(String runId, RunLog.Progress progress) {
    synchronized (this) {
      RunSpan known = spans.get(runId); // folded by the caller before
      if (known != null) {
        return known;
      }
    }
    RunLog run = log(runId);
    ExerciseViews whole = new ExerciseViews(inboxCapacity);
    RunLog.ReadCount read = run.events(null, whole::apply, progress);
    Instant start = run.run().getScenarioStart();
    Instant end = whole.asOf(runId).filter(last -> last.isAfter(start)).orElse(start);
    RunSpan span = new RunSpan(runId, start, end, read.records(), read.skipped());
    log.info(
        "Replay of {}: {} records from {} to {} ({} undecodable)",
        runId,
        read.records(),
        start,
        end,
        read.skipped());
    synchronized (this) {
      spans.put(runId, span);
      kept.put(key(runId, end), whole);
    }
    return span;
  }

  private ExerciseViews moment(String runId, Instant at, RunLog.Progress progress) {
    String key = key(runId, at);
    synchronized (this) {
      ExerciseViews views = kept.get(key);
      if (views != null) {
        return views;
      }
    }
    return (ExerciseViews) folds.fold(key, () -> folded(runId, at, key, progress));
  }

  private ExerciseViews folded(String runId, Instant at, String key, RunLog.Progress progress) {
    synchronized (this) {
      ExerciseViews views = kept.get(key); // folded by the caller before
      if (views != null) {
        return views;
      }
    }
    ExerciseViews views = new ExerciseViews(inboxCapacity);
    log(runId).events(Instant.ofEpochMilli(at.toEpochMilli()), views::apply, progress);
    synchronized (this) {
      kept.put(key, views);
    }
    return views;
  }

  /** Records carry milliseconds: two moments within one are the same moment. */
  private static String key(String runId, Instant at) {
    return runId + "@" + at.toEpochMilli();
  }

  /** Called only inside a fold ({@link #folds}): the consumer is used by one thread at a time. */
  private synchronized RunLog log(String runId) {
    RunLog known = logs.get(runId);
    if (known != null) {
      return known;
    }
    if (consumer == null) {
      consumer = consumers.get();
    }
    try {
      RunLog opened = RunLog.open(consumer, runId, stall);
      logs.put(runId, opened);
      return opened;
    } catch (org.certex.dashboard.feed.UnknownRunException e) { // the page's 404
      throw new UnknownRunException(runId);
    }
  }

  @Override
  public synchronized void close() {
    if (consumer != null) {
      consumer.close();
      consumer = null;
    }
  }
}
