package org.certex.dashboard;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.certex.dashboard.ViewChange.DeliveryAdded;
import org.certex.dashboard.ViewChange.OutcomeAdded;
import org.certex.dashboard.ViewChange.RunTallied;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One browser's live stream: the run it watches, whose view of it the stream serves (exercise
 * control's, or one CERT's: that CERT's deliveries, the outcomes of its own team's requests and the
 * run's public facts only), and a bounded queue of events that a small shared executor drains into
 * its {@link SseEmitter}. The feed thread only ever enqueues, so a slow or vanished browser cannot
 * hold it up; one that falls more than a queue behind is disconnected, and its page reconnects and
 * reloads.
 */
final class LiveSubscriber {

  private final SseEmitter emitter;
  private final String runId;
  private final AccessRole audience;
  private final BlockingQueue<LiveEvent> pending;
  private final Executor senders;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param audience whose view the stream serves: control (every delivery of the run, and what the
   *     dashboard tallied) or one CERT (its own deliveries, and the run's public facts)
   */
  LiveSubscriber(
      SseEmitter emitter, String runId, AccessRole audience, int backlog, Executor senders) {
    this.emitter = emitter;
    this.runId = runId;
    this.audience = audience;
    this.pending = new ArrayBlockingQueue<>(backlog);
    this.senders = senders;
  }

  /** Sends the change if this stream carries it, as its audience may see it. */
  void accept(ViewChange change) {
    if (wants(change)) {
      offer(LiveEvent.of(change, audience));
    }
  }

  /**
   * Whether this stream carries the change: same run and, for a delivery, a recipient its audience
   * may see, for a request's outcome, a requester its audience may see; what the dashboard tallied
   * goes to exercise control only.
   */
  boolean wants(ViewChange change) {
    if (!runId.equals(change.runId())) {
      return false;
    }
    if (change instanceof DeliveryAdded added) {
      return audience.maySee(added.delivery().recipient());
    }
    if (change instanceof OutcomeAdded added) {
      return audience.maySee(added.outcome().requestedBy());
    }
    return !(change instanceof RunTallied) || audience.isControl();
  }

  void offer(LiveEvent event) {
    if (closed.get()) {
      return;
    }
    if (!pending.offer(event)) {
      close();
      return;
    }
    scheduleDrain();
  }

  /** Ends the stream; the browser's EventSource will reconnect. */
  void close() {
    if (closed.compareAndSet(false, true)) {
      pending.clear();
      try {
        emitter.complete();
      } catch (IllegalStateException e) {
        // already completed by the container
      }
    }
  }

  private void scheduleDrain() {
    if (draining.compareAndSet(false, true)) {
      try {
        senders.execute(this::drain);
      } catch (RejectedExecutionException e) {
        draining.set(false);
        close();
      }
    }
  }

  private void drain() {
    try {
      LiveEvent next;
      while (!closed.get() && (next = pending.poll()) != null) {
        emitter.send(next.toSse());
      }
    } catch (IOException | IllegalStateException e) {
      close();
    } finally {
      draining.set(false);
    }
    if (!closed.get() && !pending.isEmpty()) {
      scheduleDrain();
    }
  }
}
