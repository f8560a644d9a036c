package io.github.sfntestkit.coverage;

import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a coverage threshold measures. Each metric has a key used in threshold strings ({@code
 * states=1.0,choiceBranches=0.8}) and a label used in messages ({@code choice branches}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CoverageMetric {
  /** States entered, nested ones included. */
  STATES("states", "states"),
  /** Transitions taken: every Next, Choice rule, Default, Catcher and Retrier. */
  TRANSITIONS("transitions", "transitions"),
  /** Choice rules and Defaults taken. */
  CHOICE_BRANCHES("choiceBranches", "choice branches", Kind.CHOICE, Kind.DEFAULT),
  /** Catchers that handled an error. */
  CATCHES("catches", "catches", Kind.CATCH),
  /** Retriers that allowed a retry. */
  RETRIES("retries", "retries", Kind.RETRY);

  private final String key;
  private final String label;
  private final Kind[] kinds;

  CoverageMetric(String key, String label, Kind... kinds) {
    this.key = key;
    this.label = label;
    this.kinds = kinds.length == 0 ? null : kinds;
  }

  /** The name in threshold strings: {@code states}, {@code transitions}, {@code choiceBranches}, ... */
  public String key() {
    return key;
  }

  /** The name in messages: {@code states}, {@code transitions}, {@code choice branches}, ... */
  public String label() {
    return label;
  }

  /** The edge kinds the metric counts (null: every edge, or none for STATES). */
  Kind[] kinds() {
    return kinds;
  }

  /**
   * The metric with this key, ignoring case, dashes and underscores ({@code choice-branches} and
   * {@code CHOICE_BRANCHES} work too), or null.
   */
  public static CoverageMetric fromKey(String text) {
    String wanted = normalize(text);
    for (CoverageMetric m : values()) {
      if (normalize(m.key).equals(wanted)) {
        return m;
      }
    }
    return null;
  }

  static String normalize(String text) {
    return text.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
