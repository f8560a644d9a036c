package io.github.sfntestkit.docs.check;

import java.util.ArrayList;
import java.util.List;

/**
 * One command of a shell block: lines joined at a trailing backslash, split into words as a POSIX
 * shell would for the simple commands docs show (single and double quotes, backslash escapes), with
 * the trailing {@code # comment} and a {@code < file} redirection taken apart.
 *
 * @param line the 1-based line of the page where the command starts
 * @param text the command as written (continuations joined, comment removed), for messages
 * @param words the words, without the redirection
 * @param stdinFile the file after {@code <}, or null
 * @param comment the comment after {@code #}, trimmed, or ""
 */
public record ShellLine(int line, String text, List<String> words, String stdinFile, String comment) {

  /** The commands of a block's body; {@code firstLine} is the page line of the body's first line. */
  public static List<ShellLine> parse(List<String> body, int firstLine) {
    List<ShellLine> commands = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = -1;
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      if (start < 0) {
        if (line.isBlank()) {
          continue;
        }
        start = firstLine + i;
      }
      String stripped = line.stripTrailing();
      if (stripped.endsWith("\\") && !stripped.strip().startsWith("#")) {
        pending.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      pending.append(stripped);
      ShellLine command = of(start, pending.toString());
      if (command != null) {
        commands.add(command);
      }
      pending.setLength(0);
      start = -1;
    }
    if (start >= 0) {
      ShellLine command = of(start, pending.toString());
      if (command != null) {
        commands.add(command);
      }
    }
    return commands;
  }

  /** The command of one logical line, or null for a blank or comment-only line. */
  static ShellLine of(int line, String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    String comment = "";
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#' && word == null) {
        comment = text.substring(i + 1).strip();
        end = i;
        break;
      }
      if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        continue;
      }
      if (word == null) {
        word = new StringBuilder();
      }
      if (c == '\'') {
        int close = text.indexOf('\'', i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed ' quote in: " + text);
        }
        word.append(text, i + 1, close);
        i = close;
      } else if (c == '"') {
        int j = i + 1;
        for (; j < text.length() && text.charAt(j) != '"'; j++) {
          if (text.charAt(j) == '\\' && j + 1 < text.length()) {
            j++;
          }
          word.append(text.charAt(j));
        }
        if (j >= text.length()) {
          throw new IllegalArgumentException("unclosed \" quote in: " + text);
        }
        i = j;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
      } else {
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    if (words.isEmpty()) {
      return null;
    }
    String stdin = null;
    int redirect = words.indexOf("<");
    if (redirect >= 0) {
      if (redirect != words.size() - 2) {
        throw new IllegalArgumentException("only a final '< file' redirection is supported in: " + text);
      }
      stdin = words.get(redirect + 1);
      words = words.subList(0, redirect);
    }
    String written = text.substring(0, end).strip().replaceAll("\\s+", " ");
    return new ShellLine(line, written, List.copyOf(words), stdin, comment);
  }
}
