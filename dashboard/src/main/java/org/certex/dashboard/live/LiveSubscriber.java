package org.certex.dashboard.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.certex.dashboard.access.AccessRole;
import org.certex.dashboard.views.ViewChange;

/**
 * One browser's live stream: the run it watches, whose view of it the stream serves (exercise
 * control's, or one CERT's: what {@link LiveEvent#of} lets that CERT see), and a bounded queue of
 * encoded events that a small shared executor drains into its {@link EventSink}.
 *
 * <p>Nothing here waits for the browser: the feed thread only enqueues, and a drain writes only
 * what the connection takes at once, then leaves until the sink says it takes more. A browser that
 * stops reading therefore holds up no one; it is dropped when its queue is full (too many events,
 * or too many bytes) or when it has taken nothing for the write timeout ({@link
 * #stalledFor(long)}). Its page reconnects and reloads what it shows.
 *
 * <p>The bounds, for a browser that stops reading: the connection takes bytes until its kernel
 * buffers are full (the server's send buffer, {@code socket-send-buffer}, which Linux doubles, and
 * the browser's receive window); from then on at most {@link Limits#events()} events or {@link
 * Limits#bytes()} bytes wait here, and the stream is dropped when either is exceeded or {@code
 * stream-write-timeout} plus the one-second sweep has passed, whichever comes first. So one stream
 * holds at most {@code stream-buffer} bytes of heap (frames shared with other streams count for
 * each), and all of them together at most the open streams times that.
 */
public final class LiveSubscriber implements EventSink.Listener {

  /** How much may wait for one browser before it is dropped. */
  public record Limits(int events, long bytes) {}

  private final String runId;
  private final AccessRole audience;
  private final EventSink sink;
  private final Limits limits;
  private final Executor senders;
  private final Consumer<LiveSubscriber> whenClosed;
  private final Object queueLock = new Object();
  private final Object writeLock = new Object();
  private final Queue<byte[]> pending = new ArrayDeque<>();
  private long pendingBytes; // guarded by queueLock
  private boolean scheduled; // guarded by queueLock
  private boolean closed; // guarded by queueLock
  private boolean overflowed; // guarded by queueLock
  private boolean unflushed; // guarded by writeLock
  private volatile long stalledSince; // System.nanoTime(), 0 while the browser keeps up

  /**
   * @param audience whose view the stream serves: control (every delivery of the run, and what the
   *     dashboard tallied) or one CERT (its own deliveries, and the run's public facts)
   * @param whenClosed told once when the stream ends, whoever ended it
   */
  public LiveSubscriber(
      EventSink sink,
      String runId,
      AccessRole audience,
      Limits limits,
      Executor senders,
      Consumer<LiveSubscriber> whenClosed) {
    this.sink = sink;
    this.runId = runId;
    this.audience = audience;
    this.limits = limits;
    this.senders = senders;
    this.whenClosed = whenClosed;
  }

  AccessRole audience() {
    return audience;
  }

  /**
   * Whether this stream carries the change: same run, and something its audience may see of it
   * ({@link LiveEvent#of} decides).
   */
  public boolean wants(ViewChange change) {
    return runId.equals(change.runId()) && LiveEvent.of(change, audience).isPresent();
  }

  String runId() {
    return runId;
  }

  /**
   * Queues one encoded event and has it sent; drops the stream instead when its queue is full. An
   * event is always taken when nothing waits, whatever its size.
   */
  void offer(byte[] frame) {
    boolean dropped = false;
    synchronized (queueLock) {
      if (closed) {
        return;
      }
      if (!pending.isEmpty()
          && (pending.size() >= limits.events() || pendingBytes + frame.length > limits.bytes())) {
        overflowed = true;
        dropped = markClosed();
      } else {
        pending.add(frame);
        pendingBytes += frame.length;
        if (scheduled) {
          return;
        }
        scheduled = true;
      }
    }
    if (dropped) {
      endOnContainer();
      return;
    }
    try {
      senders.execute(this::drain);
    } catch (RejectedExecutionException e) {
      close();
    }
  }

  /** The connection takes bytes again: send what waits. Called by the sink's container. */
  @Override
  public void writable() {
    stalledSince = 0;
    drain();
  }

  /** The container ended the stream (timed out, failed, completed). */
  @Override
  public void ended() {
    boolean first;
    synchronized (queueLock) {
      first = markClosed();
    }
    if (first) {
      endOnContainer();
    }
  }

  /**
   * How long the browser has taken nothing while bytes waited for it, in nanoseconds, or 0.
   *
   * @param now {@link System#nanoTime()}
   */
  long stalledFor(long now) {
    long since = stalledSince;
    return since == 0 ? 0 : now - since;
  }

  boolean isClosed() {
    synchronized (queueLock) {
      return closed;
    }
  }

  /** The bytes of the events that wait for the browser now: at most {@link Limits#bytes()}. */
  long queuedBytes() {
    synchronized (queueLock) {
      return pendingBytes;
    }
  }

  /** Whether the stream was dropped because its queue was full. */
  boolean overflowed() {
    synchronized (queueLock) {
      return overflowed;
    }
  }

  /** Ends the stream (the browser's EventSource will reconnect); whether this call ended it. */
  boolean close() {
    boolean first;
    synchronized (queueLock) {
      first = markClosed();
    }
    if (first) {
      endOnContainer();
    }
    return first;
  }

  /** Marks the stream closed, under the queue lock; true the first time. */
  private boolean markClosed() {
    if (closed) {
      return false;
    }
    closed = true;
    pending.clear();
    pendingBytes = 0;
    return true;
  }

  /**
   * Ends the stream on the container's side and says so, outside our locks: the container fires its
   * own callbacks (which take them) while holding its locks, which {@code complete()} needs.
   */
  private void endOnContainer() {
    sink.close();
    whenClosed.accept(this);
  }

  /** Writes what waits while the connection takes it at once; never waits for it. */
  private void drain() {
    synchronized (queueLock) {
      scheduled = false;
    }
    boolean gone = false;
    synchronized (writeLock) {
      try {
        while (!isClosed()) {
          if (!sink.isReady()) {
            if (stalledSince == 0) {
              stalledSince = System.nanoTime();
            }
            break; // the sink calls writable() once it takes more
          }
          stalledSince = 0;
          byte[] next = next();
          if (next != null) {
            sink.write(next);
            unflushed = true;
          } else if (unflushed) {
            unflushed = false;
            sink.flush();
          } else {
            break;
          }
        }
      } catch (IOException | IllegalStateException e) {
        gone = true; // the browser went away
      }
    }
    if (gone) {
      close(); // outside the write lock, like every call that ends the stream
    }
  }

  private byte[] next() {
    synchronized (queueLock) {
      byte[] next = pending.poll();
      if (next != null) {
        pendingBytes -= next.length;
      }
      return next;
    }
  }
}
