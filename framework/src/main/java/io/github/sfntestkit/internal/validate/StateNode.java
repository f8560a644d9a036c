package io.github.sfntestkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.load.Pointers;
import java.util.List;

/**
 * One state being validated.
 *
 * @param chain names from the outermost containing state to this one
 * @param name the state's name
 * @param pointer the state's JSON pointer
 * @param node the state's object
 * @param type the state's Type when it is one of the eight types, otherwise null
 * @param jsonata whether the state's effective query language is JSONata
 */
record StateNode(
    List<String> chain, String name, String pointer, JsonNode node, String type, boolean jsonata) {

  JsonNode get(String field) {
    return node.get(field);
  }

  boolean has(String field) {
    return node.has(field);
  }

  String ptr(String field) {
    return Pointers.child(pointer, field);
  }

  void report(ValidationContext ctx, String atPointer, String message) {
    ctx.report(chain, atPointer, message);
  }

  void reportField(ValidationContext ctx, String field, String message) {
    ctx.report(chain, ptr(field), message);
  }

  /** "a Task state", "an Iterator"... for messages. */
  String article() {
    return "a " + type + " state";
  }
}
