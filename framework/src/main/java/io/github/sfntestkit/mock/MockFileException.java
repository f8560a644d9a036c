package io.github.sfntestkit.mock;

import io.github.sfntestkit.SfnTestKitException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A mock file that cannot be read or that says something the mock DSL cannot do. The message is
 * the whole report, every problem at once, in document order:
 *
 * <pre>
 * Invalid mock file (mocks/orders.yaml): 2 problems
 *   Mock task "ChargeCard" at /mocks/0/answers/1/returnPayload (line 7, column 9)
 *     unknown field "returnPayload" in an answer. Did you mean "returnsPayload"?
 *   Injection into "Notify" at /inject/0/onCall (line 12, column 13)
 *     "onCall" must be a call number (1 or more); found number 0.
 * </pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class MockFileException extends SfnTestKitException {
  private static final long serialVersionUID = 1L;

  /** Document order: by line and column (unknown last), then pointer, then message. */
  private static final Comparator<MockFileProblem> ORDER =
      Comparator.comparingInt((MockFileProblem p) -> p.line() < 0 ? Integer.MAX_VALUE : p.line())
          .thenComparingInt(p -> p.column() < 0 ? Integer.MAX_VALUE : p.column())
          .thenComparing(MockFileProblem::pointer)
          .thenComparing(MockFileProblem::message);

  private final String source;
  private final transient List<MockFileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name shown in the report's first line
   * @param problems at least one problem, in any order
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public MockFileException(String source, List<MockFileProblem> problems) {
    super(report(Objects.requireNonNull(source, "source"), sorted(problems)));
    this.source = source;
    this.problems = sorted(problems);
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The problems in document order. */
  public List<MockFileProblem> problems() {
    return problems;
  }

  private static List<MockFileProblem> sorted(List<MockFileProblem> problems) {
    if (Objects.requireNonNull(problems, "problems").isEmpty()) {
      throw new IllegalArgumentException("a MockFileException needs at least one problem");
    }
    List<MockFileProblem> copy = new ArrayList<>(problems);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  private static String report(String source, List<MockFileProblem> problems) {
    StringBuilder sb = new StringBuilder(128 * problems.size() + 64);
    sb.append("Invalid mock file (").append(source).append("): ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (MockFileProblem p : problems) {
      sb.append("\n  ").append(p.where()).append("\n    ").append(p.message());
    }
    return sb.toString();
  }
}
