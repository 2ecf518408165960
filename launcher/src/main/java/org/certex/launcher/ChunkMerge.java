package org.certex.launcher;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A k-way merge of sorted chunks of log lines (spilled files, and the last chunk still in memory)
 * into one ordered stream: a priority queue holds the next line of each chunk, so memory is one
 * line and one read buffer per chunk, whatever their length.
 */
final class ChunkMerge {

  /** Where the merged lines go; may fail with an {@link IOException}. */
  @FunctionalInterface
  interface Sink {
    void accept(LogLine line) throws IOException;
  }

  /** Buffer of each spilled file while it is written or merged. */
  static final int BUFFER_BYTES = 64 * 1024;

  /** Files merged at once: 256 buffers of 64 KB, 16 MB, well within the file-descriptor limit. */
  static final int DEFAULT_FAN_IN = 256;

  /** One sorted chunk and its next line. */
  private interface Source extends AutoCloseable {
    /** The next line, or null when the chunk is used up. */
    LogLine next() throws IOException;

    @Override
    void close() throws IOException;
  }

  private record Head(LogLine line, Source source) {}

  private static final Comparator<Head> BY_LINE = Comparator.comparing(Head::line, LogLine.ORDER);

  private final List<Path> files;
  private final List<LogLine> inMemory;

  private ChunkMerge(List<Path> files, List<LogLine> inMemory) {
    this.files = List.copyOf(files);
    this.inMemory = inMemory;
  }

  /**
   * @param files spilled chunks, each sorted in {@link LogLine#ORDER}
   * @param inMemory one more sorted chunk, not spilled
   */
  static ChunkMerge of(List<Path> files, List<LogLine> inMemory) {
    return new ChunkMerge(files, inMemory);
  }

  /** Hands every line of the chunks to {@code sink} in order; closes every file, also on error. */
  void drainTo(Sink sink) throws IOException {
    List<Source> sources = new ArrayList<>();
    try {
      for (Path file : files) {
        sources.add(fileSource(file));
      }
      sources.add(listSource(inMemory.iterator()));
      PriorityQueue<Head> heads = new PriorityQueue<>(sources.size(), BY_LINE);
      for (Source source : sources) {
        offer(heads, source);
      }
      while (!heads.isEmpty()) {
        Head head = heads.poll();
        sink.accept(head.line());
        offer(heads, head.source());
      }
    } finally {
      closeAll(sources);
    }
  }

  private static void offer(PriorityQueue<Head> heads, Source source) throws IOException {
    LogLine line = source.next();
    if (line != null) {
      heads.add(new Head(line, source));
    }
  }

  private static Source fileSource(Path file) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
    return new Source() {
      @Override
      public LogLine next() throws IOException {
        return LogLine.readFrom(in);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  private static Source listSource(Iterator<LogLine> lines) {
    return new Source() {
      @Override
      public LogLine next() {
        return lines.hasNext() ? lines.next() : null;
      }

      @Override
      public void close() {}
    };
  }

  /** Closing a file that was only read cannot lose data; it must not hide the merge's failure. */
  private static void closeAll(List<Source> sources) {
    for (Source source : sources) {
      try {
        source.close();
      } catch (IOException e) {
        // nothing was lost: the file was only read
      }
    }
  }
}
