package io.github.sfntestkit.internal.state;

/** The fields every state shares, gathered by the parser before the typed state is built. */
final class StateConfig {
  String name;
  String type;
  String next;
  boolean end;
  boolean jsonata;
  StateIo io;
}
