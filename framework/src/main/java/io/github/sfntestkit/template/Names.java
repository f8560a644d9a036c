package io.github.sfntestkit.template;

import io.github.sfntestkit.internal.text.EditDistance;
import java.util.Collection;
import java.util.Locale;

/** The nearest candidate to a misspelt name, for "Did you mean" hints. */
final class Names {

  private Names() {}

  /** The closest candidate within a third of the name's length in edits, or {@code null}. */
  static String nearest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    for (String candidate : candidates) {
      int d = EditDistance.distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

}
