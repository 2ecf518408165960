package org.certex.producers.scenario;

/**
 * Line and column of a place in a scenario's text, counted as SnakeYAML counts them (so that a
 * problem found before or outside the parser points where a parser's problem would): lines break at
 * {@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028 and U+2029; columns count code points; both
 * are 1-based.
 */
record TextPosition(int line, int column) {

  /** Where the code point with index {@code codePointIndex} of {@code text} sits. */
  static TextPosition ofCodePoint(CharSequence text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < codePointIndex; index++) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isBreak(cp) && !(cp == '\r' && i < text.length() && text.charAt(i) == '\n')) {
        line++;
        column = 1;
      } else if (!isBreak(cp)) {
        column++;
      }
    }
    return new TextPosition(line, column);
  }

  /** Where the text ends: the place of whatever would follow it. */
  static TextPosition ofEnd(CharSequence text) {
    return ofCodePoint(text, Integer.MAX_VALUE);
  }

  static boolean isBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }
}
