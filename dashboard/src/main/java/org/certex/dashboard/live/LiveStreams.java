package org.certex.dashboard.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.views.RunView;
import org.certex.dashboard.views.ViewChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The open live streams (server-sent events) and the small executor that writes to them. The feed
 * publishes every change of the views here; each stream gets what it {@linkplain
 * LiveSubscriber#wants wants}, as its audience may see it, each event encoded once for all the
 * streams that share a view of it.
 *
 * <p>No write waits for a browser (see {@link LiveSubscriber}), so two sender threads serve any
 * number of streams. Once a second the streams that took nothing for {@code stream-write-timeout}
 * are dropped; a keep-alive comment now and then finds browsers that went away.
 *
 * <p>Stops before the web server shuts down gracefully and ends every stream, so open browsers do
 * not hold the shutdown up.
 */
@Component
public final class LiveStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
  private static final int SENDER_THREADS = 2;
  private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

  private final DashboardProperties properties;
  private final EventFrames frames;
  private final LiveSubscriber.Limits limits;
  private final Set<LiveSubscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final StreamsByAudience byAudience = new StreamsByAudience();

  private final AtomicInteger overflowed = new AtomicInteger();
  private final AtomicLong droppedSlow = new AtomicLong();
  private final LiveHistory history = new LiveHistory();
  private final ScheduledExecutorService senders =
      Executors.newScheduledThreadPool(SENDER_THREADS, new SenderThreads());
  private volatile boolean running;

  public LiveStreams(DashboardProperties properties, EventFrames frames) {
    this.properties = properties;
    this.frames = frames;
    this.limits =
        new LiveSubscriber.Limits(properties.streamBacklog(), properties.streamBuffer().toBytes());
  }

  /**
   * Opens a stream of a run's changes into {@code sink}. A stream that names the last event it
   * received ({@code Last-Event-ID}) gets what came after it, when that is still kept and fits the
   * stream's backlog; any other starts with the run as it is now.
   *
   * @param audience whose view the stream serves: {@link AccessRole#CONTROL} for every delivery of
   *     the run, a CERT's role for that CERT's deliveries only
   * @param current the run as it is now, read only once the stream is in line for changes
   * @param lastEventId the id the browser sent back, or null
   */
  public void open(
      String runId,
      Supplier<RunView> current,
      AccessRole audience,
      EventSink sink,
      String lastEventId) {
    LiveSubscriber subscriber =
        new LiveSubscriber(sink, runId, audience, limits, senders, this::forget);
    // Under the history's lock, so that no change falls between the replay (or the run as it is
    // now) and the live changes.
    synchronized (history) {
      subscribers.add(subscriber);
      byAudience.add(subscriber);
      sink.start(subscriber);
      Optional<List<byte[]>> missed =
          history
              .after(runId, lastEventId)
              .map(
                  all ->
                      all.stream()
                          .filter(n -> subscriber.wants(n.change()))
                          .map(n -> frame(n, audience))
                          .toList())
              .filter(this::fitsABacklog);
      if (missed.isPresent()) {
        // Something goes out at once even when nothing was missed: the browser counts the stream
        // as open only when the first bytes arrive.
        subscriber.offer(EventFrames.KEEP_ALIVE);
        missed.get().forEach(subscriber::offer);
      } else {
        subscriber.offer(
            frames.frame(LiveEvent.run(current.get(), audience), history.idOfLatest(runId)));
      }
    }
    if (!running) {
      subscriber.close();
    }
  }

  /**
   * Called on the feed thread; never waits for a browser. Each event is encoded once for all the
   * streams that see it alike ({@link LiveEvent#sharedBy}).
   */
  public void publish(ViewChange change) {
    synchronized (history) {
      LiveHistory.Numbered numbered = history.append(change);
      Map<String, byte[]> encoded = new HashMap<>();
      byAudience.forEachAudience(
          change.runId(),
          (audience, streams) -> {
            Optional<LiveEvent> event = LiveEvent.of(change, audience);
            if (event.isEmpty()) {
              return;
            }
            byte[] frame =
                encoded.computeIfAbsent(
                    LiveEvent.sharedBy(change, audience),
                    shared -> frames.frame(event.get(), history.id(numbered.number())));
            streams.forEach(subscriber -> subscriber.offer(frame));
          });
    }
  }

  /**
   * Whether a replay fits the stream's backlog: one that does not would drop the stream again at
   * once, and it would reconnect asking for the same replay for ever.
   */
  private boolean fitsABacklog(List<byte[]> replay) {
    long bytes = EventFrames.KEEP_ALIVE.length;
    for (byte[] frame : replay) {
      bytes += frame.length;
    }
    return replay.size() < limits.events() && bytes <= limits.bytes();
  }

  /** The frame of a change this audience {@linkplain LiveSubscriber#wants wants}. */
  private byte[] frame(LiveHistory.Numbered numbered, AccessRole audience) {
    return frames.frame(
        LiveEvent.of(numbered.change(), audience).orElseThrow(), history.id(numbered.number()));
  }

  public int openStreams() {
    return subscribers.size();
  }

  /**
   * The bytes of events waiting for browsers now, summed over the open streams (a frame shared by
   * several streams counts once for each). Each stream's share is at most {@code stream-buffer}
   * (and {@code stream-backlog} events), so the sum is at most {@code openStreams()} times that.
   */
  public long queuedBytes() {
    long bytes = 0;
    for (LiveSubscriber subscriber : subscribers) {
      bytes += subscriber.queuedBytes();
    }
    return bytes;
  }

  /** The most bytes waiting for one open stream now: at most {@code stream-buffer}. */
  public long largestQueue() {
    long largest = 0;
    for (LiveSubscriber subscriber : subscribers) {
      largest = Math.max(largest, subscriber.queuedBytes());
    }
    return largest;
  }

  /**
   * Streams dropped since start because their browser did not keep up: their buffer was full, or
   * they took nothing for {@code stream-write-timeout}.
   */
  public long droppedSlowStreams() {
    return droppedSlow.get();
  }

  /** The limits of one stream's queue, as configured. */
  public LiveSubscriber.Limits limits() {
    return limits;
  }

  @Override
  public void start() {
    long every = properties.keepAliveInterval().toMillis();
    senders.scheduleAtFixedRate(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
    long sweep = SWEEP_INTERVAL.toMillis();
    senders.scheduleAtFixedRate(this::dropStalled, sweep, sweep, TimeUnit.MILLISECONDS);
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    subscribers.forEach(LiveSubscriber::close);
    subscribers.clear();
    byAudience.clear();
    senders.shutdown();
    try {
      senders.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    senders.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Just below the feed: starts before it and stops after it. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1;
  }

  private void keepAlive() {
    byte[] comment = EventFrames.KEEP_ALIVE;
    subscribers.forEach(subscriber -> subscriber.offer(comment));
  }

  private void forget(LiveSubscriber subscriber) {
    subscribers.remove(subscriber);
    byAudience.remove(subscriber);
    if (subscriber.overflowed()) {
      overflowed.incrementAndGet();
      droppedSlow.incrementAndGet();
    }
  }

  /** Drops the streams that took nothing for too long; says once a second what was dropped. */
  private void dropStalled() {
    long now = System.nanoTime();
    long limit = properties.streamWriteTimeout().toNanos();
    int stalled = 0;
    for (LiveSubscriber subscriber : subscribers) {
      // Counted only if this call ended it: one that just overflowed is counted by forget.
      if (subscriber.stalledFor(now) > limit && subscriber.close()) {
        droppedSlow.incrementAndGet();
        stalled++;
      }
    }
    int full = overflowed.getAndSet(0);
    if (stalled + full > 0) {
      log.info(
          "Dropped live streams of slow browsers: {} that took nothing for {}, {} whose buffer was"
              + " full ({} events or {} bytes); they reconnect and reload",
          stalled,
          properties.streamWriteTimeout(),
          full,
          limits.events(),
          limits.bytes());
    }
  }

  private static final class SenderThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "certex-dashboard-live-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
