package io.github.sfntestkit.internal.state;

/** The fields every state shares, gathered by the parser before the typed state is built. */
final class StateConfig {
  String name;
  /** The CoverageGraph node id: the name prefixed by the enclosing Parallel branch / Map. */
  String nodeId;
  String type;
  String next;
  boolean end;
  boolean jsonata;
  StateIo io;
}
