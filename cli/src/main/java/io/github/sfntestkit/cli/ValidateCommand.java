package io.github.sfntestkit.cli;

import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.definition.DefinitionException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code validate FILE...}: prints every problem of every file; exit 1 if any. */
final class ValidateCommand {
  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    Arguments a = Arguments.parse(args, Set.of(), Set.of());
    if (a.positional.isEmpty()) {
      throw new Main.UsageException("validate needs at least one FILE.");
    }
    int invalid = 0;
    for (String file : a.positional) {
      try {
        StateMachine.fromFile(Path.of(file));
        out.println("OK " + file);
      } catch (DefinitionException e) {
        invalid++;
        out.println(e.getMessage());
      } catch (io.github.sfntestkit.SfnTestKitException e) {
        invalid++;
        out.println(file + ": " + e.getMessage());
      }
    }
    if (invalid > 0) {
      out.println(invalid + " of " + a.positional.size() + " definitions are invalid.");
      return Main.FAILED;
    }
    return Main.OK;
  }
}
