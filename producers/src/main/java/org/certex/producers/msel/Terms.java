package org.certex.producers.msel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A closed list of words for a domain value, written the way scenario files write it: {@code
 * not-in-scope} for {@code NOT_IN_SCOPE}, {@code TLP:AMBER+STRICT} for {@code AMBER_STRICT}. Both
 * directions, so export and import cannot drift apart.
 *
 * @param <T> the value a word stands for
 */
final class Terms<T> {

  private final String name;
  private final Map<String, T> values = new LinkedHashMap<>();
  private final Map<T, String> words = new LinkedHashMap<>();

  private Terms(String name) {
    this.name = name;
  }

  /** Constants in lower case with {@code -} for {@code _}, as the scenario loader reads them. */
  static <E extends Enum<E>> Terms<E> ofEnum(String name, Class<E> type) {
    return ofEnum(name, type, c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  static <E extends Enum<E>> Terms<E> ofEnum(String name, Class<E> type, Function<E, String> word) {
    Terms<E> terms = new Terms<>(name);
    for (E constant : type.getEnumConstants()) {
      terms.values.put(word.apply(constant), constant);
      terms.words.put(constant, word.apply(constant));
    }
    return terms;
  }

  /** The word for {@code value}; empty for a value that is not set. */
  String word(T value) {
    return value == null ? "" : words.get(value);
  }

  /**
   * @throws IllegalArgumentException naming the words to use, if {@code text} is none of them
   */
  T parse(String text) {
    T value = values.get(text);
    if (value == null) {
      throw new IllegalArgumentException(
          "unknown " + name + " '" + text + "'; use one of " + String.join(", ", values.keySet()));
    }
    return value;
  }
}
