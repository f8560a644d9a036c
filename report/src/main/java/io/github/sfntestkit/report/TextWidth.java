package io.github.sfntestkit.report;

/**
 * Estimated width of text in the report's sans-serif font (Arial metrics, which Liberation Sans,
 * Helvetica and Arimo share), so ELK can size nodes and labels without a font renderer.
 */
final class TextWidth {
  /** Advance widths of ASCII 32..126 in thousandths of the font size (Helvetica/Arial AFM). */
  private static final int[] WIDTHS = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584       // p..~
  };
  private static final int OTHER = 600;
  private static final double BOLD = 1.08;

  private TextWidth() {}

  /** The width in pixels of {@code text} at {@code fontSize} pixels. */
  static double of(String text, double fontSize, boolean bold) {
    double units = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      units += c >= 32 && c <= 126 ? WIDTHS[c - 32] : OTHER;
    }
    return units / 1000.0 * fontSize * (bold ? BOLD : 1.0);
  }

  /** {@code text} cut with an ellipsis so that it fits {@code maxWidth} pixels. */
  static String fit(String text, double fontSize, boolean bold, double maxWidth) {
    if (of(text, fontSize, bold) <= maxWidth) {
      return text;
    }
    String ellipsis = "\u2026";
    int end = text.length();
    while (end > 1 && of(text.substring(0, end) + ellipsis, fontSize, bold) > maxWidth) {
      end--;
    }
    return text.substring(0, end) + ellipsis;
  }
}
