package org.certex.producers.scenario;

import java.util.regex.Pattern;

/**
 * Identifiers that end up in Kafka topic names and record keys (the exercise id, participant ids),
 * so they are restricted to what Kafka accepts in a topic name, minus the dot, which Kafka warns
 * collides with the underscore in metric names.
 */
final class TopicSafeName {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private TopicSafeName() {}

  /**
   * @param what what the name identifies, for the message: "exercise id"
   */
  static String parse(String text, String what) {
    if (!NAME.matcher(text).matches()) {
      throw new InvalidValueException(
          "invalid " + what + " '" + text + "'",
          "use letters, digits, '-' and '_', starting with a letter or digit"
              + " (it becomes part of Kafka topic names)");
    }
    return text;
  }
}
