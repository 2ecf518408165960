package org.certex.producers.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A closed list of words a scenario value must be one of (severities, participant kinds, RSIT
 * classes...), each standing for a domain value. Unknown words are rejected with the nearest known
 * word as a hint, or the whole list when nothing is near.
 *
 * @param <T> the domain value a word stands for
 */
final class Vocabulary<T> {

  private final String name;
  private final Map<String, T> words;

  /**
   * @param name what a word is, for messages: "severity" gives "unknown severity 'hgh'"
   * @param words the words in the order they are listed in hints
   */
  Vocabulary(String name, Map<String, T> words) {
    this.name = name;
    this.words = new LinkedHashMap<>(words);
  }

  /** Enum constants written the scenario way: {@code NOT_IN_SCOPE} is {@code not-in-scope}. */
  static <E extends Enum<E>> Vocabulary<E> ofEnum(String name, Class<E> type) {
    Map<String, E> words = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      words.put(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'), constant);
    }
    return new Vocabulary<>(name, words);
  }

  /** A vocabulary whose words are their own values. */
  static Vocabulary<String> ofWords(String name, List<String> words) {
    Map<String, String> identity = new LinkedHashMap<>();
    words.forEach(word -> identity.put(word, word));
    return new Vocabulary<>(name, identity);
  }

  T parse(String text) {
    T value = words.get(text);
    if (value != null) {
      return value;
    }
    Optional<String> nearest = NearestWord.to(text, words.keySet());
    throw new InvalidValueException(
        "unknown " + name + " '" + text + "'",
        nearest.map(word -> "did you mean '" + word + "'?").orElse("use one of " + listing()));
  }

  boolean contains(String text) {
    return words.containsKey(text);
  }

  /** The words in the order they are listed in hints. */
  List<String> words() {
    return List.copyOf(words.keySet());
  }

  String listing() {
    return String.join(", ", words.keySet());
  }
}
