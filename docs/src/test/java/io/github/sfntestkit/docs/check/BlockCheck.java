package io.github.sfntestkit.docs.check;

/**
 * How one fenced block is checked: a short description for the test's name, and the check, which
 * throws an {@link AssertionError} naming the page, line and fix when the block is wrong.
 */
public record BlockCheck(Markdown.Block block, String description, Check check) {

  /** A check that may fail. */
  @FunctionalInterface
  public interface Check {
    void run() throws Exception;
  }

  public String displayName() {
    return block.where() + " " + (block.language().isEmpty() ? "(no language)" : block.language())
        + ": " + description;
  }

  /** A failure of {@code block}: "page:line: message". */
  public static AssertionError failure(Markdown.Block block, String message) {
    return new AssertionError(block.where() + ": " + message);
  }
}
