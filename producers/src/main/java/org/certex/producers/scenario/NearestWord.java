package org.certex.producers.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known word a misspelt one was probably meant to be ({@code form} for {@code from},
 * {@code played_by} for {@code played-by}, {@code hgh} for {@code high}), so a problem can say how
 * to fix it.
 */
final class NearestWord {

  private NearestWord() {}

  /** The closest candidate, if it is near enough to be a typo rather than a different word. */
  static Optional<String> to(String unknown, Collection<String> candidates) {
    String typed = normalise(unknown);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = editDistance(typed, normalise(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int tolerated = Math.max(1, Math.min(3, typed.length() / 3));
    return bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
  }

  private static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }

  /** Levenshtein distance where swapping two neighbours counts as one edit (form/from). */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] =
            Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
