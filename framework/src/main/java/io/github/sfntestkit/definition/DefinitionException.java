package io.github.sfntestkit.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A state machine definition that cannot be read or that AWS would reject at create time. The
 * message is the whole report, every problem at once, in document order:
 *
 * <pre>
 * Invalid state machine definition (orders.asl.json): 2 problems
 *   State "Ship" at /States/Ship/Next (line 30, column 15)
 *     "Next" names no state: "ShipOrder". Expected one of: "ChargeCard", "Notify", "Done".
 *   State "Notify" at /States/Notify/ResultsPath (line 33, column 22)
 *     unknown field "ResultsPath" for a Task state. Did you mean "ResultPath"?
 * </pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class DefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Document order: by line and column (unknown locations last), then pointer, then message. */
  private static final Comparator<DefinitionProblem> ORDER =
      Comparator.comparingInt((DefinitionProblem p) -> p.line() < 0 ? Integer.MAX_VALUE : p.line())
          .thenComparingInt(p -> p.column() < 0 ? Integer.MAX_VALUE : p.column())
          .thenComparing(DefinitionProblem::pointer)
          .thenComparing(DefinitionProblem::message);

  private final String source;
  private final transient List<DefinitionProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source the name of the definition's source (file name, resource name or a label)
   * @param problems the problems, at least one; they are sorted in document order
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public DefinitionException(String source, List<DefinitionProblem> problems) {
    super();
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DefinitionException needs at least one problem");
    }
    this.source = Objects.requireNonNull(source, "source");
    this.problems = sorted(problems);
  }

  /** The name of the definition's source, as shown in the first line of the report. */
  public String source() {
    return source;
  }

  /** The problems in document order. */
  public List<DefinitionProblem> problems() {
    return problems;
  }

  @Override
  public String getMessage() {
    return report(source, problems);
  }

  /**
   * Sorts problems in the order the report shows them.
   *
   * @param problems problems in any order
   * @return a new immutable list in document order
   */
  public static List<DefinitionProblem> sorted(List<DefinitionProblem> problems) {
    List<DefinitionProblem> copy = new ArrayList<>(problems);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  private static String report(String source, List<DefinitionProblem> problems) {
    StringBuilder sb = new StringBuilder(128 * problems.size() + 64);
    sb.append("Invalid state machine definition (")
        .append(source)
        .append("): ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (DefinitionProblem p : problems) {
      sb.append("\n  ").append(p.where()).append("\n    ").append(p.message());
    }
    return sb.toString();
  }
}
