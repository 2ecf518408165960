package org.certex.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.certex.dashboard.feed.RunTopicKind;

/**
 * The names people give a run's topics on the command line, as its topics end ({@code
 * certex.<run>.alerts}, ..., {@code .dlq}): {@code alerts}, {@code decisions}, ..., {@code dlq}
 * (also {@code dead-letters}).
 */
final class TopicNames {

  private TopicNames() {}

  /** The name of {@code kind}'s topic, as its topic's name ends. */
  static String of(RunTopicKind kind) {
    return kind == RunTopicKind.DEAD_LETTERS ? "dlq" : kind.name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code name} (any case), if there is one. */
  static Optional<RunTopicKind> parse(String name) {
    String word = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (word.equals("dead-letters")) {
      return Optional.of(RunTopicKind.DEAD_LETTERS);
    }
    return Arrays.stream(RunTopicKind.values()).filter(k -> of(k).equals(word)).findFirst();
  }

  /** Every name, for a message that says which there are. */
  static String listed() {
    return Arrays.stream(RunTopicKind.values())
            .map(TopicNames::of)
            .collect(Collectors.joining(", "))
        + " (or dead-letters)";
  }
}
