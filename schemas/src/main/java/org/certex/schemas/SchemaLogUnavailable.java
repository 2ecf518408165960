package org.certex.schemas;

import org.apache.kafka.common.KafkaException;

/**
 * The schema log could not be read or written in time. Unlike a {@link
 * org.apache.kafka.common.errors.SerializationException}, it says nothing of the record being
 * decoded: the record is not to be dead-lettered, only tried again once the cluster answers.
 */
public final class SchemaLogUnavailable extends KafkaException {

  public SchemaLogUnavailable(String message) {
    super(message);
  }

  public SchemaLogUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
