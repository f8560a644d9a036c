package io.github.sfntestkit.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the coverage system property to a JVM argument line such as Surefire's {@code argLine}, the
 * way {@code jacoco:prepare-agent} adds its agent: what the line already holds is kept, and an
 * earlier setting of the same property (from a second {@code prepare} execution) is replaced rather
 * than repeated.
 */
final class ArgLine {
  /** The system property the framework's coverage recorder reads. */
  static final String PROPERTY = "sfntestkit.coverage.dir";

  private static final Pattern EARLIER = Pattern.compile(
      "(?<!\\S)(?:\"-D" + Pattern.quote(PROPERTY) + "=[^\"]*\"|-D" + Pattern.quote(PROPERTY) + "=\\S*)");

  private ArgLine() {}

  /** The option for {@code directory}, quoted when the path holds white space. */
  static String option(String directory) {
    String option = "-D" + PROPERTY + "=" + directory;
    return option.chars().anyMatch(Character::isWhitespace) ? "\"" + option + "\"" : option;
  }

  /**
   * {@code existing} (null or blank when the property is not set) with the option for {@code
   * directory} appended, or put in place of an earlier one.
   */
  static String with(String existing, String directory) {
    String option = option(directory);
    if (existing == null || existing.isBlank()) {
      return option;
    }
    Matcher earlier = EARLIER.matcher(existing);
    if (earlier.find()) {
      return existing.substring(0, earlier.start()) + option + existing.substring(earlier.end());
    }
    return existing.strip() + " " + option;
  }
}
