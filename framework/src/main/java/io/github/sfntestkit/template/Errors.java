package io.github.sfntestkit.template;

import io.github.sfntestkit.internal.load.SourceLocation;

/** Builds {@link TemplateException}s in one layout: where, then what is wrong, then how to fix it. */
final class Errors {

  private Errors() {}

  static TemplateException of(
      String template, String logicalId, String pointer, SourceLocation at, String problem, String fix) {
    StringBuilder sb = new StringBuilder("Template ").append(template);
    if (logicalId != null) {
      sb.append(", state machine \"").append(logicalId).append('"');
    }
    if (pointer != null && !pointer.isEmpty()) {
      sb.append(", at ").append(pointer);
    }
    if (at != null && at.line() > 0) {
      sb.append(" (line ").append(at.line()).append(", column ").append(at.column()).append(')');
    }
    sb.append(":\n  ").append(problem);
    if (fix != null) {
      sb.append("\n  ").append(fix);
    }
    return new TemplateException(template, logicalId, pointer == null ? "" : pointer, sb.toString());
  }

  /** A Java string literal for a fix hint: {@code "Name"}. */
  static String literal(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
