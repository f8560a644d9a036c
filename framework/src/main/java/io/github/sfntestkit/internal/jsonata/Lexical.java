package io.github.sfntestkit.internal.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A token-level pass over an expression's text, skipping strings, comments, backquoted names and
 * regular expressions: it finds the JSONata 2.1 operators {@code ?:} and {@code ??} (AWS runs 2.0.6,
 * whose parser refuses them) and collects every {@code $name} so evaluation binds only the variables
 * and functions an expression can read.
 */
final class Lexical {
  final Set<String> names = new LinkedHashSet<>();
  /** Offset of the first {@code ?:} or {@code ??}, or -1. */
  int newOperatorAt = -1;

  private Lexical() {}

  static Lexical scan(String text) {
    Lexical lex = new Lexical();
    lex.run(text);
    return lex;
  }

  private void run(String s) {
    int i = 0;
    boolean operandBefore = false; // does a '/' here divide (true) or open a regex (false)?
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else if (c == '"' || c == '\'') {
        i = skipQuoted(s, i, c);
        operandBefore = true;
      } else if (c == '`') {
        int end = s.indexOf('`', i + 1);
        i = end < 0 ? s.length() : end + 1;
        operandBefore = true;
      } else if (c == '/' && !operandBefore) {
        i = skipRegex(s, i);
        operandBefore = true;
      } else if (c == '$') {
        int end = i + 1;
        while (end < s.length() && isNameChar(s.charAt(end))) {
          end++;
        }
        if (end > i + 1) {
          names.add(s.substring(i + 1, end));
        }
        i = end;
        operandBefore = true;
      } else if (isNameChar(c)) {
        int end = i;
        while (end < s.length() && isNameChar(s.charAt(end))) {
          end++;
        }
        String word = s.substring(i, end);
        operandBefore = !(word.equals("and") || word.equals("or") || word.equals("in"));
        i = end;
      } else {
        if (c == '?' && i + 1 < s.length() && newOperatorAt < 0) {
          char next = s.charAt(i + 1);
          if (next == ':' || next == '?') {
            newOperatorAt = i;
          }
        }
        operandBefore = c == ')' || c == ']' || c == '}';
        i++;
      }
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int skipQuoted(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static int skipRegex(String s, int start) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '/') {
        i++;
        while (i < s.length() && (s.charAt(i) == 'i' || s.charAt(i) == 'm')) {
          i++;
        }
        return i;
      } else {
        i++;
      }
    }
    return s.length();
  }
}
