package org.certex.launcher.bench;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of an HTTP/1.1 answer sent with {@code Transfer-Encoding: chunked}, as the servlet
 * container sends a stream that has no length: chunk sizes and their line breaks taken out. Ends at
 * the last (empty) chunk or when the connection closes.
 */
final class ChunkedInput extends InputStream {

  private final InputStream in;
  private long left;
  private boolean done;

  ChunkedInput(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    if (!nextChunk()) {
      return -1;
    }
    int b = in.read();
    if (b == -1) {
      done = true;
      return -1;
    }
    left--;
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!nextChunk()) {
      return -1;
    }
    int read = in.read(buffer, offset, (int) Math.min(length, left));
    if (read == -1) {
      done = true;
      return -1;
    }
    left -= read;
    return read;
  }

  /** Whether bytes of a chunk are left to read, starting the next chunk if needed. */
  private boolean nextChunk() throws IOException {
    while (!done && left == 0) {
      String size = LiveClient.StreamRequest.line(in);
      if (size == null) {
        done = true;
      } else if (!size.isEmpty()) {
        int extension = size.indexOf(';');
        left = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
        done = left == 0;
      }
    }
    return !done;
  }
}
