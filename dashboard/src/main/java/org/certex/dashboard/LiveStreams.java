package org.certex.dashboard;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live streams (server-sent events) and the small executor that writes to them. The feed
 * publishes every change of the views here; each stream gets what it {@linkplain
 * LiveSubscriber#wants wants}, as its audience may see it. A keep-alive comment now and then finds
 * browsers that went away.
 *
 * <p>Stops before the web server shuts down gracefully and completes every stream, so open browsers
 * do not hold the shutdown up.
 */
@Component
final class LiveStreams implements SmartLifecycle {

  private static final int SENDER_THREADS = 2;

  private final DashboardProperties properties;
  private final Set<LiveSubscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService senders =
      Executors.newScheduledThreadPool(SENDER_THREADS, new SenderThreads());
  private volatile boolean running;

  LiveStreams(DashboardProperties properties) {
    this.properties = properties;
  }

  /**
   * Opens a stream of a run's changes that starts with the run as it is now.
   *
   * @param audience whose view the stream serves: {@link AccessRole#CONTROL} for every delivery of
   *     the run, a CERT's role for that CERT's deliveries only
   */
  SseEmitter open(RunView run, AccessRole audience) {
    SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
    LiveSubscriber subscriber =
        new LiveSubscriber(emitter, run.runId(), audience, properties.streamBacklog(), senders);
    emitter.onCompletion(() -> subscribers.remove(subscriber));
    emitter.onTimeout(() -> forget(subscriber));
    emitter.onError(error -> forget(subscriber));
    subscribers.add(subscriber);
    subscriber.offer(LiveEvent.run(run, audience));
    if (!running) {
      subscriber.close();
    }
    return emitter;
  }

  /** Called on the feed thread; never blocks on a browser. */
  void publish(ViewChange change) {
    for (LiveSubscriber subscriber : subscribers) {
      subscriber.accept(change);
    }
  }

  int openStreams() {
    return subscribers.size();
  }

  @Override
  public void start() {
    long every = properties.keepAliveInterval().toMillis();
    senders.scheduleAtFixedRate(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    subscribers.forEach(LiveSubscriber::close);
    subscribers.clear();
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

  private void forget(LiveSubscriber subscriber) {
    subscribers.remove(subscriber);
    subscriber.close();
  }

  private void keepAlive() {
    subscribers.forEach(subscriber -> subscriber.offer(LiveEvent.KEEP_ALIVE));
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
