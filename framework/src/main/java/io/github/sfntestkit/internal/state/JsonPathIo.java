package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.path.ResultPath;
import io.github.sfntestkit.internal.runtime.Activity;

/** JSONPath data flow: InputPath, Parameters, ResultSelector, ResultPath, OutputPath, Assign. */
final class JsonPathIo extends StateIo {
  private final PathExpr inputPath;
  private final boolean inputPathNull;
  private final PayloadTemplate parameters;
  private final PayloadTemplate resultSelector;
  private final ResultPath resultPath;
  private final PathExpr outputPath;
  private final boolean outputPathNull;
  private final ValueTemplate assign;

  JsonPathIo(PathExpr inputPath, boolean inputPathNull, PayloadTemplate parameters,
      PayloadTemplate resultSelector, ResultPath resultPath, PathExpr outputPath,
      boolean outputPathNull, ValueTemplate assign) {
    this.inputPath = inputPath;
    this.inputPathNull = inputPathNull;
    this.parameters = parameters;
    this.resultSelector = resultSelector;
    this.resultPath = resultPath;
    this.outputPath = outputPath;
    this.outputPathNull = outputPathNull;
    this.assign = assign;
  }

  @Override
  JsonNode filter(Activity a, JsonNode raw) {
    JsonNode filtered;
    if (inputPathNull) {
      filtered = Json.object();
    } else if (inputPath == null) {
      filtered = raw;
    } else {
      filtered = State.readPath(a, inputPath, a.scope(raw));
    }
    a.visit().recordAfterInputPath(filtered);
    return filtered;
  }

  @Override
  JsonNode arguments(Activity a, JsonNode raw, JsonNode filtered) {
    if (parameters == null) {
      return filtered;
    }
    JsonNode value = parameters.evaluate(a.scope(filtered));
    a.visit().recordAfterParameters(value);
    return value;
  }

  @Override
  boolean hasArguments() {
    return parameters != null;
  }

  @Override
  Exit complete(Activity a, JsonNode raw, JsonNode result, boolean withAssign) {
    JsonNode selected = result;
    if (resultSelector != null) {
      selected = resultSelector.evaluate(a.scope(result));
      a.visit().recordAfterResultSelector(selected);
    }
    JsonNode assigned = assign == null || !withAssign ? null : assign.evaluate(a, raw, selected, null);
    JsonNode merged = resultPath.apply(raw, selected);
    a.visit().recordAfterResultPath(merged);
    JsonNode output;
    if (outputPathNull) {
      output = Json.object();
    } else if (outputPath == null) {
      output = merged;
    } else {
      output = State.readPath(a, outputPath, a.scope(merged));
    }
    return new Exit(output, assigned);
  }
}
