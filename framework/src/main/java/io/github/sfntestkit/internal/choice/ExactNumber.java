package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A JSON number compared exactly ({@code 1 == 1.0}): integers that fit a long compare as longs,
 * anything else as BigDecimal (created only when needed).
 */
final class ExactNumber implements Comparable<ExactNumber> {
  private final JsonNode node;
  private final boolean isLong;
  private final long longValue;
  private BigDecimal decimal;

  private ExactNumber(JsonNode node) {
    this.node = node;
    this.isLong = node.isIntegralNumber() && node.canConvertToLong();
    this.longValue = isLong ? node.longValue() : 0;
  }

  /** The number, or null when the node is not a finite JSON number. */
  static ExactNumber of(JsonNode node) {
    if (node == null || !node.isNumber()) {
      return null;
    }
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      return null;
    }
    return new ExactNumber(node);
  }

  private BigDecimal decimal() {
    if (decimal == null) {
      decimal = isLong ? BigDecimal.valueOf(longValue) : node.decimalValue();
    }
    return decimal;
  }

  @Override
  public int compareTo(ExactNumber o) {
    if (isLong && o.isLong) {
      return Long.compare(longValue, o.longValue);
    }
    return decimal().compareTo(o.decimal());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactNumber && compareTo((ExactNumber) o) == 0;
  }

  @Override
  public int hashCode() {
    return decimal().stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return isLong ? Long.toString(longValue) : decimal().toPlainString();
  }
}
