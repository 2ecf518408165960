package org.certex.dashboard.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.certex.schemas.DeadLetters;
import org.certex.schemas.RunTopics;

/**
 * Why a record went to a run's dead-letter topic, as one of a few fixed codes: the tag of the
 * dead-letter counter. A dead letter's reason is free text that may quote the refused record (an
 * unknown addressee, a key), and anything may write to the topic, so the text never becomes a tag:
 * only the headers' shape is read (how the pipeline's reason begins, which topic the record came
 * from), and anything else is {@link #OTHER}. However many different reasons arrive, the counter
 * has at most one meter per code and run.
 */
public enum DeadLetterCause {
  /** An alert that decodes but breaks a rule or a limit. */
  INVALID_ALERT("invalid-alert"),
  /** A team's share request or permission that cannot be decided. */
  INVALID_REQUEST("invalid-request"),
  /** Bytes the pipeline could not decode. */
  UNDECODABLE("undecodable"),
  /** A record on which processing failed (a bug, or input no check foresaw). */
  PROCESSING_FAILED("processing-failed"),
  /** A record whose derived records could not be encoded. */
  UNWRITABLE("unwritable"),
  /** Anything else: not a dead letter the pipeline wrote, as far as its headers tell. */
  OTHER("other");

  private final String code;

  DeadLetterCause(String code) {
    this.code = code;
  }

  /** The tag value. */
  public String code() {
    return code;
  }

  /** The cause of a dead letter on {@code run}'s dead-letter topic, from its headers. */
  public static DeadLetterCause of(RunTopics run, Headers headers) {
    byte[] reason = value(headers.lastHeader(DeadLetters.REASON));
    if (headers.lastHeader(DeadLetters.STREAMS_EXCEPTION) != null) {
      for (DeadLetterCause cause :
          new DeadLetterCause[] {UNDECODABLE, PROCESSING_FAILED, UNWRITABLE}) {
        if (startsWith(reason, cause.reasonPrefix())) {
          return cause;
        }
      }
      return OTHER;
    }
    if (reason.length == 0) {
      return OTHER;
    }
    byte[] source = value(headers.lastHeader(DeadLetters.SOURCE_TOPIC));
    if (Arrays.equals(source, utf8(run.alerts().name()))) {
      return INVALID_ALERT;
    }
    return Arrays.equals(source, utf8(run.actions().name())) ? INVALID_REQUEST : OTHER;
  }

  /** How the reason of a dead letter an exception handler parked begins, for those causes. */
  private String reasonPrefix() {
    return switch (this) {
      case UNDECODABLE -> DeadLetters.UNDECODABLE;
      case PROCESSING_FAILED -> DeadLetters.PROCESSING_FAILED;
      case UNWRITABLE -> DeadLetters.UNWRITABLE;
      default -> throw new IllegalStateException(code + " has no reason prefix");
    };
  }

  /** Compares bytes, so that a reason of a megabyte is not decoded to be classified. */
  private static boolean startsWith(byte[] value, String prefix) {
    byte[] start = utf8(prefix);
    return value.length >= start.length
        && Arrays.equals(value, 0, start.length, start, 0, start.length);
  }

  private static byte[] value(Header header) {
    return header == null || header.value() == null ? new byte[0] : header.value();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
