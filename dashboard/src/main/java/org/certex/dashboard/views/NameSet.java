package org.certex.dashboard.views;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A set of organisation ids, small: the recipients of one alert are a handful, so a short array
 * searched in turn costs less memory and time than a hash set per alert; past {@link #SMALL}
 * members it becomes one, so an alert sent to a thousand organisations does not cost a search of
 * all of them per delivery.
 */
final class NameSet {

  static final int SMALL = 8;

  private String[] few = new String[2];
  private int size;
  private Set<String> many;

  /** Adds {@code name}; whether it was not there yet. */
  boolean add(String name) {
    if (many != null) {
      return many.add(name);
    }
    if (contains(name)) {
      return false;
    }
    if (size == SMALL) {
      many = new HashSet<>(Arrays.asList(few).subList(0, size));
      few = null;
      return many.add(name);
    }
    if (size == few.length) {
      few = Arrays.copyOf(few, Math.min(SMALL, size * 2));
    }
    few[size++] = name;
    return true;
  }

  boolean contains(String name) {
    if (many != null) {
      return many.contains(name);
    }
    for (int i = 0; i < size; i++) {
      if (Objects.equals(few[i], name)) {
        return true;
      }
    }
    return false;
  }

  /** Hands each name to {@code action}, in no particular order. */
  void forEach(Consumer<String> action) {
    if (many != null) {
      many.forEach(action);
      return;
    }
    for (int i = 0; i < size; i++) {
      action.accept(few[i]);
    }
  }
}
