package io.github.sfntestkit.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with a state machine definition: where it is and what is wrong.
 *
 * <p>Example, for a {@code Next} in a state nested in a Map state:
 *
 * <pre>{@code
 * DefinitionProblem p = new DefinitionProblem(List.of("ProcessItems", "Validate"),
 *     "/States/ProcessItems/ItemProcessor/States/Validate/Next", 12, 17,
 *     "\"Next\" names no state: \"Dnoe\". Expected one of: \"Done\". Did you mean \"Done\"?");
 * p.where(); // Map "ProcessItems" › "Validate" at /States/ProcessItems/ItemProcessor/States/Validate/Next (line 12, column 17)
 * }</pre>
 *
 * @param stateChain the names of the state and the states containing it, outermost first; empty
 *     for a problem outside any state (top-level fields, unreadable input)
 * @param pointer an RFC 6901 JSON pointer into the definition ({@code ""} for the whole document)
 * @param line the 1-based line in the source, or -1 when unknown
 * @param column the 1-based column in the source, or -1 when unknown
 * @param message what is wrong, what was expected and, where there is one, the closest valid thing
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DefinitionProblem(
    List<String> stateChain, String pointer, int line, int column, String message) {

  /** Validates and copies the components. */
  public DefinitionProblem {
    stateChain = List.copyOf(Objects.requireNonNull(stateChain, "stateChain"));
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      line = -1;
      column = -1;
    } else if (column < 1) {
      column = -1;
    }
  }

  /**
   * Where the problem is, e.g. {@code State "Ship" at /States/Ship/Next (line 30, column 15)} or,
   * for nested states, {@code Map "ProcessItems" › "Validate" at ...}.
   */
  public String where() {
    StringBuilder sb = new StringBuilder(64);
    if (stateChain.isEmpty()) {
      sb.append("State machine");
    } else {
      List<String> labels = containerLabels();
      for (int i = 0; i < stateChain.size(); i++) {
        if (i > 0) {
          sb.append(" \u203a ");
        }
        if (i < labels.size()) {
          sb.append(labels.get(i)).append(' ');
        } else if (i == 0) {
          sb.append("State ");
        }
        appendQuoted(sb, stateChain.get(i));
      }
    }
    if (!pointer.isEmpty()) {
      sb.append(" at ").append(pointer);
    }
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /**
   * The problem as two lines: {@link #where()}, then the message indented by two spaces.
   *
   * @return the formatted problem, without a trailing line break
   */
  public String format() {
    return where() + "\n  " + message;
  }

  @Override
  public String toString() {
    return where() + ": " + message;
  }

  /** Labels ("Map", "Parallel") of the containing states, read from the pointer's structure. */
  private List<String> containerLabels() {
    List<String> labels = new ArrayList<>(stateChain.size());
    if (stateChain.size() < 2) {
      return labels;
    }
    String[] segments = pointer.split("/", -1);
    int pos = 1; // segments[0] is the empty string before the first '/'
    for (int i = 0; i < stateChain.size() - 1; i++) {
      String label = "State";
      int next = -1;
      if (pos + 2 < segments.length && "States".equals(segments[pos])) {
        String container = segments[pos + 2];
        if ("Branches".equals(container)) {
          label = "Parallel";
          next = pos + 4;
        } else if ("ItemProcessor".equals(container) || "Iterator".equals(container)) {
          label = "Map";
          next = pos + 3;
        }
      }
      labels.add(label);
      if (next < 0) {
        // Unknown structure: label the rest generically.
        while (labels.size() < stateChain.size() - 1) {
          labels.add("State");
        }
        break;
      }
      pos = next;
    }
    return labels;
  }

  private static void appendQuoted(StringBuilder sb, String text) {
    sb.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\r':
          sb.append("\\r");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
