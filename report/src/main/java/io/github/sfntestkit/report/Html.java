package io.github.sfntestkit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping, number formatting and the page shell shared by the report pages. */
final class Html {
  private Html() {}

  /** Escapes text for element content and double-quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r;
      switch (c) {
        case '&': r = "&amp;"; break;
        case '<': r = "&lt;"; break;
        case '>': r = "&gt;"; break;
        case '"': r = "&quot;"; break;
        case '\'': r = "&#39;"; break;
        default: r = null;
      }
      if (r != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(r);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** A coordinate with at most one decimal, dot-separated whatever the default locale. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  /** A ratio as a percentage with one decimal: {@code 77.8%}. */
  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  /** A classpath resource next to this class, as text. */
  static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + Html.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A complete page: inline style sheet and scripts, no external resource.
   *
   * @param script the page's own script (resource name), run after the shared one; may be null
   */
  static String page(String title, String bodyClass, String body, String script) {
    StringBuilder b = new StringBuilder(body.length() + 20_000);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"sfn-testkit\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n")
        .append(resource("report.css")).append("</style>\n</head>\n<body class=\"").append(bodyClass).append("\">\n")
        .append(body)
        .append("<script>\n").append(resource("graph.js"));
    if (script != null) {
      b.append(resource(script));
    }
    b.append("</script>\n</body>\n</html>\n");
    return b.toString();
  }
}
