package org.certex.producers.msel;

import java.util.ArrayList;
import java.util.List;

/**
 * Several values in one cell, separated by {@code ;} ({@code CERT-RS; ENISA}). A {@code ;} inside a
 * value is written {@code \;}, and a {@code \} only needs doubling where it would otherwise be read
 * as such an escape, so Windows paths and URLs stay readable. Items are read without surrounding
 * spaces; empty items (a trailing {@code ;}) are dropped.
 */
final class SemicolonList {

  private static final String SEPARATOR = "; ";

  private SemicolonList() {}

  static String join(List<String> items) {
    List<String> escaped = new ArrayList<>();
    for (String item : items) {
      escaped.add(escape(item));
    }
    return String.join(SEPARATOR, escaped);
  }

  static List<String> split(String cell) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      boolean escape = c == '\\' && i + 1 < cell.length() && isEscaped(cell.charAt(i + 1));
      if (escape) {
        item.append(cell.charAt(++i));
      } else if (c == ';') {
        add(items, item);
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    add(items, item);
    return items;
  }

  private static String escape(String item) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      boolean last = i + 1 == item.length();
      if (c == ';' || (c == '\\' && (last || isEscaped(item.charAt(i + 1))))) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private static boolean isEscaped(char c) {
    return c == ';' || c == '\\';
  }

  private static void add(List<String> items, StringBuilder item) {
    String value = item.toString().strip();
    if (!value.isEmpty()) {
      items.add(value);
    }
  }
}
