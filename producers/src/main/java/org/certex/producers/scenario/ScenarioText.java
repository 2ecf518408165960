package org.certex.producers.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a scenario file into text, checking what can be checked before the YAML parser sees it, in
 * time linear in the file's size: at most {@link ScenarioLimits#FILE_BYTES} bytes (no more is
 * read), UTF-8 (a wrong byte is reported where it is), and no line longer than {@link
 * ScenarioLimits#LINE_CHARS}, which keeps the parser linear too.
 */
final class ScenarioText {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private ScenarioText() {}

  /** The file's text without a byte-order mark, or empty if it breaks a limit (logged). */
  static Optional<String> read(Path file, ProblemLog log) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) ScenarioLimits.FILE_BYTES + 1);
    } catch (IOException e) {
      log.report(1, 1, "cannot read the file (" + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
    if (bytes.length > ScenarioLimits.FILE_BYTES) {
      log.report(1, 1, tooLarge(file));
      return Optional.empty();
    }
    return decode(bytes, log).filter(text -> linesFit(text, log));
  }

  private static String tooLarge(Path file) {
    String size;
    try {
      size = String.format("%,d bytes", Files.size(file));
    } catch (IOException e) {
      size = "more bytes";
    }
    return String.format(
        "the file has %s; a scenario file may have at most %,d (4 MiB)",
        size, ScenarioLimits.FILE_BYTES);
  }

  private static Optional<String> decode(byte[] bytes, ProblemLog log) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      TextPosition at = TextPosition.ofEnd(out);
      log.report(
          at.line(),
          at.column(),
          String.format(
              "the file is not UTF-8: byte 0x%02X (at offset %,d) is not valid UTF-8 here;"
                  + " save the file as UTF-8",
              bytes[in.position()] & 0xFF, in.position()));
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return Optional.of(
        !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
  }

  /** Logs every line longer than the limit, at the first character past it. */
  private static boolean linesFit(String text, ProblemLog log) {
    boolean fit = true;
    int line = 1;
    int length = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
        continue;
      }
      if (TextPosition.isBreak(cp)) {
        fit &= lineFits(line, length, log);
        line++;
        length = 0;
      } else {
        length++;
      }
    }
    fit &= lineFits(line, length, log);
    return fit;
  }

  private static boolean lineFits(int line, int length, ProblemLog log) {
    if (length <= ScenarioLimits.LINE_CHARS) {
      return true;
    }
    log.report(
        line,
        ScenarioLimits.LINE_CHARS + 1,
        String.format(
            "line %,d has %,d characters; at most %,d: write a long text over several lines with"
                + " a block scalar (| or >)",
            line, length, ScenarioLimits.LINE_CHARS));
    return false;
  }
}
