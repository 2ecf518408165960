package org.certex.launcher;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the lines of an event log of any length in bounded memory: lines gather in a chunk of at
 * most {@code chunkBytes} of heap; a full chunk is sorted and spilled to a file of its own; {@link
 * #drainTo} then merges the files and the last chunk into one ordered stream ({@link ChunkMerge}).
 * A dry run of a million alerts makes millions of lines, gigabytes of JSON: held in a list, they
 * took 5.3 GB of memory for a tenth of that.
 *
 * <p>The files live in a folder of their own under the one given, deleted by {@link #close}.
 */
final class LogSort implements AutoCloseable {

  /** The chunk a dry run uses: sorting it takes a fraction of a second, merging few files. */
  static final long CHUNK_BYTES = 64L * 1024 * 1024;

  private final Path folder;
  private final long chunkBytes;
  private final int fanIn;
  private final List<Path> spilled = new ArrayList<>();
  private List<LogLine> chunk = new ArrayList<>();
  private long chunkHeap;
  private long lines;
  private int fileCount;

  /**
   * @param parent where to make the folder of spilled chunks
   * @param chunkBytes heap a chunk may hold before it is spilled
   * @param fanIn the most files merged at once (each holds a buffer); more are merged in passes
   */
  LogSort(Path parent, long chunkBytes, int fanIn) throws IOException {
    if (chunkBytes < 1 || fanIn < 2) {
      throw new IllegalArgumentException("need a positive chunk size and a fan-in of 2 or more");
    }
    this.folder = Files.createTempDirectory(parent, "event-log-");
    this.chunkBytes = chunkBytes;
    this.fanIn = fanIn;
  }

  LogSort(Path parent) throws IOException {
    this(parent, CHUNK_BYTES, ChunkMerge.DEFAULT_FAN_IN);
  }

  void add(LogLine line) throws IOException {
    chunk.add(line);
    chunkHeap += line.heapBytes();
    lines++;
    if (chunkHeap >= chunkBytes) {
      spill();
    }
  }

  /** Lines added so far. */
  long lines() {
    return lines;
  }

  /** Chunks spilled to files so far. */
  int spills() {
    return spilled.size();
  }

  /**
   * Hands every line added, in {@link LogLine#ORDER}, to {@code sink}; once, after the last {@link
   * #add}.
   */
  void drainTo(ChunkMerge.Sink sink) throws IOException {
    chunk.sort(LogLine.ORDER);
    List<LogLine> last = chunk;
    chunk = new ArrayList<>();
    List<Path> files = new ArrayList<>(spilled);
    while (files.size() + 1 > fanIn) {
      List<Path> group = new ArrayList<>(files.subList(0, passSize(files.size() + 1)));
      files.removeAll(group);
      files.add(mergeToFile(group));
    }
    ChunkMerge.of(files, last).drainTo(sink);
  }

  /**
   * How many files a pass merges into one so that {@code chunks} come nearest the fan-in: no more
   * than needed, since a pass rewrites what it merges (merging 256 files where 26 would do rewrote
   * 8 GB of a million-alert log).
   */
  private int passSize(int chunks) {
    return Math.max(2, Math.min(fanIn, chunks - fanIn + 1));
  }

  private void spill() throws IOException {
    chunk.sort(LogLine.ORDER);
    Path file = nextFile();
    try (DataOutputStream out = output(file)) {
      for (LogLine line : chunk) {
        line.writeTo(out);
      }
    }
    spilled.add(file);
    chunk = new ArrayList<>();
    chunkHeap = 0;
  }

  /** One merge pass: {@code group} becomes one file, and its files are deleted. */
  private Path mergeToFile(List<Path> group) throws IOException {
    Path file = nextFile();
    try (DataOutputStream out = output(file)) {
      ChunkMerge.of(group, List.of()).drainTo(line -> line.writeTo(out));
    }
    for (Path merged : group) {
      Files.delete(merged);
    }
    return file;
  }

  private Path nextFile() {
    return folder.resolve(String.format("chunk-%05d.bin", ++fileCount));
  }

  private static DataOutputStream output(Path file) throws IOException {
    return new DataOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file), ChunkMerge.BUFFER_BYTES));
  }

  /** Deletes the spilled chunks and their folder, whether the sort finished or not. */
  @Override
  public void close() {
    chunk = new ArrayList<>();
    Deletion.deleteQuietly(folder);
  }
}
