package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.Scope;

/** A compiled intrinsic function call such as {@code States.Format('{}', $.name)}. */
public interface IntrinsicCall {
  /**
   * Evaluates the call.
   *
   * @throws io.github.sfntestkit.internal.runtime.StatesError {@code States.IntrinsicFailure} (or the
   *     error AWS raises) when the arguments are wrong at run time
   */
  JsonNode evaluate(Scope scope);
}
