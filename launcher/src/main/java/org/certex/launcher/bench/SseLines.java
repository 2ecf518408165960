package org.certex.launcher.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The lines of a server-sent event stream (UTF-8, ended by {@code \n}), read in blocks. */
final class SseLines {

  private final InputStream in;
  private final byte[] block = new byte[16 * 1024];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
  private int position;
  private int limit;

  SseLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its line break, or null at the end of the stream. */
  String next() throws IOException {
    line.reset();
    while (true) {
      if (position == limit) {
        limit = in.read(block, 0, block.length);
        position = 0;
        if (limit == -1) {
          limit = 0;
          return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
        }
      }
      int start = position;
      while (position < limit && block[position] != '\n') {
        position++;
      }
      line.write(block, start, position - start);
      if (position < limit) {
        position++;
        return line.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
