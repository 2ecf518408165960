package org.certex.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folder of one bench (broker logs, Streams state), as the dry run keeps its own:
 * what runs on it is closed and the folder deleted when the bench ends, also on Ctrl-C or SIGTERM
 * through a shutdown hook. A folder left by a bench killed with SIGKILL is deleted by the next
 * bench: each live folder holds an OS lock on its {@code .lock} file, which dies with its process.
 */
final class BenchFolder implements AutoCloseable {

  static final String PREFIX = "certex-bench-";
  private static final String LOCK_FILE = ".lock";
  private static final Logger log = LoggerFactory.getLogger(BenchFolder.class);

  private final Path path;
  private final FileChannel lock;
  private final List<AutoCloseable> owned = new ArrayList<>();
  private final Thread hook = new Thread(this::close, "certex-bench-cleanup");
  private boolean closed;

  private BenchFolder(Path path, FileChannel lock) {
    this.path = path;
    this.lock = lock;
  }

  /** Deletes what killed benches left in {@code parent}, then makes and locks a new folder. */
  static BenchFolder create(Path parent, PrintWriter err) throws IOException {
    removeStale(parent, err);
    Path dir = Files.createTempDirectory(parent, PREFIX);
    FileChannel channel =
        FileChannel.open(
            dir.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    channel.lock();
    BenchFolder folder = new BenchFolder(dir, channel);
    Runtime.getRuntime().addShutdownHook(folder.hook);
    return folder;
  }

  Path path() {
    return path;
  }

  /** Something running on the folder, closed before it is deleted; later ones close first. */
  synchronized <T extends AutoCloseable> T own(T resource) {
    owned.add(0, resource);
    return resource;
  }

  /** Closes what was registered and deletes the folder; at most once, from either thread. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("Error while closing the bench: {}", e.getMessage());
      }
    }
    delete(path);
    try {
      lock.close();
    } catch (IOException e) {
      // the folder is gone; the lock goes with the process
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // closing from the hook itself: the JVM is shutting down
    }
  }

  private static void removeStale(Path parent, PrintWriter err) throws IOException {
    List<Path> candidates;
    try (Stream<Path> entries = Files.list(parent)) {
      candidates =
          entries
              .filter(p -> p.getFileName().toString().startsWith(PREFIX))
              .filter(p -> Files.isRegularFile(p.resolve(LOCK_FILE)))
              .toList();
    }
    for (Path stale : candidates) {
      if (abandoned(stale)) {
        err.println("certex: deleted " + stale + ", left behind by a bench that was killed");
        err.flush();
      }
    }
  }

  /** Deletes {@code dir} if no living process holds its lock; whether it did. */
  private static boolean abandoned(Path dir) {
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return false;
      }
      delete(dir);
      return true;
    } catch (OverlappingFileLockException | IOException e) {
      // held by a bench in this JVM, or gone meanwhile
      return false;
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // left behind in the temporary folder; the next bench deletes it
    }
  }
}
