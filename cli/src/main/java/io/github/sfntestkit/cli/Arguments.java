package io.github.sfntestkit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} options, {@code --flag} flags and positional arguments. */
final class Arguments {
  final Map<String, String> options = new HashMap<>();
  final List<String> flags = new ArrayList<>();
  final List<String> positional = new ArrayList<>();

  static Arguments parse(String[] args, Set<String> valued, Set<String> flagNames) {
    Arguments a = new Arguments();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (valued.contains(arg)) {
        if (i + 1 >= args.length) {
          throw new Main.UsageException("Option " + arg + " needs a value.");
        }
        a.options.put(arg, args[++i]);
      } else if (flagNames.contains(arg)) {
        a.flags.add(arg);
      } else if (arg.startsWith("--")) {
        throw new Main.UsageException("Unknown option " + arg + ".");
      } else {
        a.positional.add(arg);
      }
    }
    return a;
  }

  String get(String name) {
    return options.get(name);
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }
}
