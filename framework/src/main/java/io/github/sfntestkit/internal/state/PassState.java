package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.path.ResultPath;
import io.github.sfntestkit.internal.runtime.Activity;

/** Pass: passes its input (or Result, or Parameters) through ResultPath and OutputPath. */
final class PassState extends State {
  private final JsonNode result;
  private final PayloadTemplate parameters;
  private final ResultPath resultPath;

  PassState(StateConfig c, JsonNode result, PayloadTemplate parameters, ResultPath resultPath) {
    super(c);
    this.result = result;
    this.parameters = parameters;
    this.resultPath = resultPath;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode effective = applyInputPath(a, raw);
    a.visit().recordAfterInputPath(effective);
    if (parameters != null) {
      effective = parameters.evaluate(a.scope(effective));
      a.visit().recordAfterParameters(effective);
    }
    JsonNode value = result != null ? result : effective;
    a.visit().recordResult(value);
    JsonNode merged = resultPath.apply(raw, value);
    a.visit().recordAfterResultPath(merged);
    a.exit(applyOutputPath(a, merged), next);
  }
}
