package org.certex.schemas;

/**
 * Header names on dead-letter records. Records that cannot be decoded are written by Kafka Streams'
 * built-in dead-letter queue (KIP-1034) with its {@code __streams.errors.*} headers; records that
 * decode but break a rule are written by certex with the headers below. Readers should look for
 * {@link #REASON} first and fall back to {@link #STREAMS_MESSAGE}.
 */
public final class DeadLetters {

  /** Why certex refused the record, in words. */
  public static final String REASON = "certex.error.reason";

  /** The topic the refused record came from. */
  public static final String SOURCE_TOPIC = "certex.error.topic";

  /**
   * Present when the dead letter does not carry the whole refused record, so that it fits the
   * broker: says how many bytes of the value (and key) were kept of how many.
   */
  public static final String TRUNCATED = "certex.error.truncated";

  /** The partition and offset of the refused record on its source topic. */
  public static final String SOURCE_PARTITION = "certex.error.partition";

  public static final String SOURCE_OFFSET = "certex.error.offset";

  /** Kafka Streams' header with the exception message of a record it could not process. */
  public static final String STREAMS_MESSAGE = "__streams.errors.message";

  /** Kafka Streams' header with the exception class. */
  public static final String STREAMS_EXCEPTION = "__streams.errors.exception";

  /**
   * How {@link #REASON} begins on a record the pipeline could not decode; with {@link
   * #PROCESSING_FAILED} and {@link #UNWRITABLE}, what tells a dead letter's cause without reading
   * the rest of its reason (monitoring counts dead letters by cause).
   */
  public static final String UNDECODABLE = "cannot decode the record: ";

  /** How {@link #REASON} begins on the source record of a processing failure. */
  public static final String PROCESSING_FAILED = "processing failed in ";

  /** How {@link #REASON} begins on the source of a derived record that could not be encoded. */
  public static final String UNWRITABLE = "cannot write the record derived for ";

  private DeadLetters() {}
}
