package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;

/**
 * {@code States.StringSplit(text, delimiters)}: splits at every character of {@code delimiters} and
 * drops empty pieces (recorded on AWS: {@code ",,,,"} gives {@code []}, {@code ".+,="} splits on any
 * of the four).
 */
final class StringSplit extends IntrinsicFunction {
  StringSplit() {
    super("States.StringSplit", Param.of("text", STRING), Param.of("delimiters", STRING));
  }

  @Override
  JsonNode apply(Args args) {
    String text = args.string(0);
    String delimiters = args.string(1);
    ArrayNode result = Json.NODES.arrayNode();
    int pieceStart = 0;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (delimiters.indexOf(codePoint) >= 0) {
        addPiece(result, text.substring(pieceStart, i));
        pieceStart = next;
      }
      i = next;
    }
    addPiece(result, text.substring(pieceStart));
    return result;
  }

  private static void addPiece(ArrayNode result, String piece) {
    if (!piece.isEmpty()) {
      result.add(piece);
    }
  }
}
