package io.github.sfntestkit.internal.state;

import io.github.sfntestkit.internal.path.PathExpr;

/** The fields every state shares, gathered by the parser before the typed state is built. */
final class StateConfig {
  String name;
  String type;
  String next;
  boolean end;
  PathExpr inputPath;
  boolean inputPathNull;
  PathExpr outputPath;
  boolean outputPathNull;
}
