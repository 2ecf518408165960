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
 * The temporary folder of one dry run or bench (broker logs, Streams state), deleted when it ends,
 * also when it is interrupted: a shutdown hook closes what runs in it and deletes it on Ctrl-C or
 * SIGTERM. SIGKILL cannot be caught, so each folder holds a lock on its {@code .lock} file while
 * its work lives; the operating system releases it when the process dies, and the next one of the
 * same kind deletes every folder of that kind whose lock it can take.
 */
public final class ScratchFolder implements AutoCloseable {

  /** What a folder is for: its name's prefix, and the words its messages use. */
  public enum Kind {
    DRY_RUN("certex-dry-run-", "a dry run"),
    BENCH("certex-bench-", "a bench");

    private final String prefix;
    private final String words;

    Kind(String prefix, String words) {
      this.prefix = prefix;
      this.words = words;
    }

    String prefix() {
      return prefix;
    }
  }

  static final String LOCK_FILE = ".lock";

  private static final Logger log = LoggerFactory.getLogger(ScratchFolder.class);

  private final Path path;
  private final Kind kind;
  private final FileChannel lockChannel;
  private final List<AutoCloseable> owned = new ArrayList<>();
  private final Thread hook;
  private boolean closed;

  private ScratchFolder(Path path, Kind kind, FileChannel lockChannel) {
    this.path = path;
    this.kind = kind;
    this.lockChannel = lockChannel;
    this.hook = new Thread(this::close, kind.prefix + "cleanup");
  }

  /**
   * Deletes the folders of this kind that killed processes left in {@code parent}, then makes and
   * locks a new one.
   *
   * @param err where to say what was deleted
   */
  public static ScratchFolder create(Path parent, Kind kind, PrintWriter err) throws IOException {
    removeStale(parent, kind, err);
    Path dir = Files.createTempDirectory(parent, kind.prefix);
    FileChannel channel =
        FileChannel.open(
            dir.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    channel.lock();
    ScratchFolder folder = new ScratchFolder(dir, kind, channel);
    Runtime.getRuntime().addShutdownHook(folder.hook);
    return folder;
  }

  public Path path() {
    return path;
  }

  /** Something running on the folder, closed before it is deleted; later ones close first. */
  public synchronized <T extends AutoCloseable> T own(T resource) {
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
        log.warn("Error while closing {}: {}", kind.words, e.getMessage());
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

  private static void removeStale(Path parent, Kind kind, PrintWriter err) throws IOException {
    List<Path> candidates;
    try (Stream<Path> entries = Files.list(parent)) {
      candidates =
          entries
              .filter(p -> p.getFileName().toString().startsWith(kind.prefix))
              .filter(p -> Files.isRegularFile(p.resolve(LOCK_FILE)))
              .toList();
    }
    for (Path stale : candidates) {
      if (abandoned(stale)) {
        err.println(
            "certex: deleted " + stale + ", left behind by " + kind.words + " that was killed");
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
      // held by one running in this JVM, or gone meanwhile
      return false;
    }
  }
}
