package org.certex.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folder of one dry run (broker logs, Streams state), deleted when the dry run ends,
 * also when it is interrupted: a shutdown hook closes what runs in it and deletes it on Ctrl-C or
 * SIGTERM. SIGKILL cannot be caught, so each folder holds a lock on its {@code .lock} file while
 * its dry run lives; the operating system releases it when the process dies, and the next dry run
 * deletes every folder under {@link #PREFIX} whose lock it can take.
 */
final class DryRunFolder implements AutoCloseable {

  static final String PREFIX = "certex-dry-run-";
  static final String LOCK_FILE = ".lock";

  private static final Logger log = LoggerFactory.getLogger(DryRunFolder.class);

  private final Path path;
  private final FileChannel lockChannel;
  private final List<AutoCloseable> owned = new ArrayList<>();
  private final Thread hook = new Thread(this::close, "certex-dry-run-cleanup");
  private boolean closed;

  private DryRunFolder(Path path, FileChannel lockChannel) {
    this.path = path;
    this.lockChannel = lockChannel;
  }

  /**
   * Deletes the folders killed dry runs left in {@code parent}, then makes and locks a new one.
   *
   * @param err where to say what was deleted
   */
  static DryRunFolder create(Path parent, PrintWriter err) throws IOException {
    removeStale(parent, err);
    Path dir = Files.createTempDirectory(parent, PREFIX);
    FileChannel channel =
        FileChannel.open(
            dir.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    channel.lock();
    DryRunFolder folder = new DryRunFolder(dir, channel);
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
        log.warn("Error while closing a dry run: {}", e.getMessage());
      }
    }
    Deletion.deleteQuietly(path);
    try {
      lockChannel.close();
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
        err.println("certex: deleted " + stale + ", left behind by a dry run that was killed");
        err.flush();
      }
    }
  }

  /** Deletes {@code dir} if no living process holds its lock; whether it did. */
  private static boolean abandoned(Path dir) {
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      Deletion.deleteQuietly(dir);
      return true;
    } catch (OverlappingFileLockException | IOException e) {
      // held by a dry run in this JVM, or gone meanwhile
      return false;
    }
  }
}
