package org.certex.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-running command alive until Ctrl-C (or SIGTERM), then closes what it started in
 * reverse order: the Spring context before the broker it talks to.
 */
final class Lifetime {

  private static final Logger log = LoggerFactory.getLogger(Lifetime.class);

  private final List<AutoCloseable> resources = new ArrayList<>();
  private final CountDownLatch done = new CountDownLatch(1);

  Lifetime() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "certex-shutdown"));
  }

  /** Registers something to close on exit; later registrations close first. */
  synchronized <T extends AutoCloseable> T own(T resource) {
    resources.add(0, resource);
    return resource;
  }

  void awaitSignal() throws InterruptedException {
    done.await();
  }

  /** Ends the command without a signal (e.g. a producers service whose run finished). */
  void end() {
    closeAll();
  }

  private synchronized void closeAll() {
    if (done.getCount() == 0) {
      return;
    }
    System.err.println("certex: shutting down...");
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("Error while shutting down: {}", e.getMessage());
      }
    }
    resources.clear();
    done.countDown();
  }
}
