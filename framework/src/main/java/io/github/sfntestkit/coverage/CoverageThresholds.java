package io.github.sfntestkit.coverage;

import io.github.sfntestkit.internal.text.EditDistance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Minimum coverage ratios for the {@link CoverageCheck} gate: overall (every state machine summed)
 * and per state machine (by name, {@code *} matching any characters). Immutable.
 *
 * <pre>{@code
 * CoverageThresholds t = CoverageThresholds.parse("states=1.0, transitions=80%, Order*:choiceBranches=1");
 * CoverageThresholds same = CoverageThresholds.none()
 *     .overall(CoverageMetric.STATES, 1.0)
 *     .overall(CoverageMetric.TRANSITIONS, 0.8)
 *     .forMachine("Order*", CoverageMetric.CHOICE_BRANCHES, 1.0);
 * }</pre>
 *
 * <p>The compact form is a list of {@code [machine:]metric=minimum} entries separated by commas,
 * semicolons or line breaks; the metric is one of {@code states}, {@code transitions}, {@code
 * choiceBranches}, {@code catches}, {@code retries}; the minimum a ratio from 0 to 1 ({@code 0.8}) or
 * a percentage ({@code 80%}). Without a machine the entry applies to all machines summed; {@code
 * *:states=1} applies to each machine on its own.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageThresholds {
  private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");

  private final List<Rule> rules;

  private CoverageThresholds(List<Rule> rules) {
    this.rules = Collections.unmodifiableList(rules);
  }

  /** One threshold: a metric's minimum ratio, overall or for the machines matching a name pattern. */
  public static final class Rule {
    private final String machine;
    private final CoverageMetric metric;
    private final double minimum;
    private final Pattern glob;

    Rule(String machine, CoverageMetric metric, double minimum) {
      this.machine = machine;
      this.metric = metric;
      this.minimum = minimum;
      this.glob = machine == null ? null : glob(machine);
    }

    /** The machine name pattern ({@code *} matches any characters), or null for all machines summed. */
    public String machine() {
      return machine;
    }

    /** Whether the rule applies to all machines summed rather than to matching machines one by one. */
    public boolean isOverall() {
      return machine == null;
    }

    public CoverageMetric metric() {
      return metric;
    }

    /** The minimum ratio, from 0 to 1. */
    public double minimum() {
      return minimum;
    }

    /** Whether the rule applies to a machine with this name or key. */
    public boolean matches(String nameOrKey) {
      return glob != null && glob.matcher(nameOrKey).matches();
    }

    /** Whether a counter meets the minimum (a small tolerance absorbs rounding: 2/3 meets 0.6667). */
    public boolean isMetBy(Counter counter) {
      return counter.ratio() + 1e-9 >= minimum;
    }

    /** The compact form: {@code Order*:states=1.0}. */
    @Override
    public String toString() {
      return (machine == null ? "" : machine + ":") + metric.key() + "=" + format(minimum);
    }

    private static Pattern glob(String pattern) {
      StringBuilder regex = new StringBuilder();
      String[] parts = pattern.split("\\*", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          regex.append(".*");
        }
        if (!parts[i].isEmpty()) {
          regex.append(Pattern.quote(parts[i]));
        }
      }
      return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
  }

  /** No thresholds: every check passes. */
  public static CoverageThresholds none() {
    return new CoverageThresholds(List.of());
  }

  /** These thresholds plus (or replacing the same metric's) minimum for all machines summed. */
  public CoverageThresholds overall(CoverageMetric metric, double minimum) {
    return with(new Rule(null, Objects.requireNonNull(metric, "metric"), checkRatio(minimum)));
  }

  /**
   * These thresholds plus (or replacing the same pattern and metric's) minimum for each machine whose
   * name (or key) matches {@code machinePattern}; {@code *} matches any characters.
   */
  public CoverageThresholds forMachine(String machinePattern, CoverageMetric metric, double minimum) {
    Objects.requireNonNull(machinePattern, "machinePattern");
    if (machinePattern.isBlank()) {
      throw new IllegalArgumentException("machinePattern is blank: name a state machine, or use overall(...)");
    }
    return with(new Rule(machinePattern.trim(), Objects.requireNonNull(metric, "metric"), checkRatio(minimum)));
  }

  /** These thresholds plus every rule of {@code other} (its rules win for the same pattern and metric). */
  public CoverageThresholds and(CoverageThresholds other) {
    CoverageThresholds out = this;
    for (Rule r : other.rules) {
      out = out.with(r);
    }
    return out;
  }

  private CoverageThresholds with(Rule rule) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      if (!(Objects.equals(r.machine, rule.machine) && r.metric == rule.metric)) {
        out.add(r);
      }
    }
    out.add(rule);
    return new CoverageThresholds(out);
  }

  private static double checkRatio(double minimum) {
    if (!(minimum >= 0.0 && minimum <= 1.0)) {
      throw new IllegalArgumentException("a coverage minimum is a ratio from 0 to 1; was " + minimum);
    }
    return minimum;
  }

  /** The rules, in the order given. */
  public List<Rule> rules() {
    return rules;
  }

  /** Whether there is no rule. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * Parses the compact form (see the class comment). Blank text gives no thresholds.
   *
   * @throws CoverageException naming the entry, what is wrong and what is expected
   */
  public static CoverageThresholds parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Rule> rules = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (String e : SEPARATORS.split(text)) {
      if (!e.isBlank()) {
        entries.add(e.trim());
      }
    }
    for (String entry : entries) {
      Rule rule = parseEntry(entry);
      for (Rule r : rules) {
        if (Objects.equals(r.machine, rule.machine) && r.metric == rule.metric) {
          throw invalid(entry, (rule.machine == null ? "the overall " : "\"" + rule.machine + "\"'s ")
              + rule.metric.key() + " threshold is given twice (" + r + " and " + rule + "); keep one.");
        }
      }
      rules.add(rule);
    }
    return new CoverageThresholds(rules);
  }

  private static Rule parseEntry(String entry) {
    int eq = entry.indexOf('=');
    if (eq < 0) {
      throw invalid(entry, "expected [machine:]metric=minimum, such as states=1.0 or Order:transitions=80%.");
    }
    String left = entry.substring(0, eq).trim();
    String value = entry.substring(eq + 1).trim();
    int colon = left.lastIndexOf(':');
    String machine = colon < 0 ? null : left.substring(0, colon).trim();
    String metricText = (colon < 0 ? left : left.substring(colon + 1)).trim();
    if (machine != null && machine.isEmpty()) {
      throw invalid(entry, "the state machine name before ':' is empty; write Name:metric=minimum, or leave out"
          + " \"Name:\" for all machines summed (\"*:\" for each machine).");
    }
    CoverageMetric metric = CoverageMetric.fromKey(metricText);
    if (metric == null) {
      throw invalid(entry, (metricText.isEmpty() ? "the metric is missing" : "unknown metric \"" + metricText + "\"")
          + ". Expected one of: " + metricKeys() + "." + suggest(metricText));
    }
    return new Rule(machine, metric, ratio(entry, value));
  }

  private static double ratio(String entry, String value) {
    boolean percent = value.endsWith("%");
    String number = percent ? value.substring(0, value.length() - 1).trim() : value;
    BigDecimal d;
    try {
      d = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw invalid(entry, "the minimum " + (value.isEmpty() ? "is missing" : "\"" + value + "\" is not a number")
          + "; expected a ratio from 0 to 1 (0.8) or a percentage (80%).");
    }
    if (percent) {
      if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw invalid(entry, "the minimum " + value + " is not a percentage from 0% to 100%.");
      }
      return d.doubleValue() / 100.0;
    }
    if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
      String hint = d.compareTo(BigDecimal.ONE) > 0 && d.compareTo(BigDecimal.valueOf(100)) <= 0
          ? " Did you mean " + d.toPlainString() + "%?" : "";
      throw invalid(entry, "the minimum " + value + " is not a ratio from 0 to 1." + hint);
    }
    return d.doubleValue();
  }

  private static String metricKeys() {
    List<String> keys = new ArrayList<>();
    for (CoverageMetric m : CoverageMetric.values()) {
      keys.add(m.key());
    }
    return String.join(", ", keys);
  }

  private static String suggest(String text) {
    if (text.isEmpty()) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CoverageMetric m : CoverageMetric.values()) {
      int d = EditDistance.distance(CoverageMetric.normalize(text), CoverageMetric.normalize(m.key()));
      if (d < bestDistance) {
        bestDistance = d;
        best = m.key();
      }
    }
    return bestDistance <= Math.max(2, text.length() / 3) ? " Did you mean \"" + best + "\"?" : "";
  }

  private static CoverageException invalid(String entry, String detail) {
    return new CoverageException("Invalid coverage threshold \"" + entry + "\": " + detail);
  }

  static String format(double ratio) {
    BigDecimal d = BigDecimal.valueOf(ratio).stripTrailingZeros();
    return d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString();
  }

  /** The compact form, which {@link #parse} reads back: {@code states=1.0,Order*:transitions=0.8}. */
  @Override
  public String toString() {
    return rules.stream().map(Rule::toString).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageThresholds && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100.0);
  }
}
