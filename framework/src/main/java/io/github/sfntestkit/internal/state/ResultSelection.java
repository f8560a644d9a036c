package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.path.ResultPath;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.StatesError;

/** The tail of the data flow shared by Map and Parallel: ResultSelector, ResultPath, OutputPath. */
final class ResultSelection {
  private final State state;
  private final PayloadTemplate resultSelector;
  private final ResultPath resultPath;

  ResultSelection(State state, PayloadTemplate resultSelector, ResultPath resultPath) {
    this.state = state;
    this.resultSelector = resultSelector;
    this.resultPath = resultPath;
  }

  void complete(Activity a, JsonNode raw, JsonNode result, int[] counters, ErrorHandling errors,
      Runnable retry) {
    a.visit().recordResult(result);
    JsonNode out;
    try {
      a.execution().checkPayload(state.name, result);
      JsonNode selected = resultSelector == null ? result : resultSelector.evaluate(a.scope(result));
      a.visit().recordAfterResultSelector(selected);
      JsonNode merged = resultPath.apply(raw, selected);
      a.visit().recordAfterResultPath(merged);
      out = state.applyOutputPath(a, merged);
    } catch (StatesError e) {
      errors.handle(a, e, raw, counters, retry);
      return;
    }
    a.exit(out, state.next);
  }
}
