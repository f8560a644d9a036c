package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.path.ResultPath;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ActivityListener;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.ArrayList;
import java.util.List;

/** Parallel: runs every branch on the same input, concurrently on the virtual timeline. */
final class ParallelState extends State {
  private final List<StateGraph> branches;
  private final PayloadTemplate parameters;
  private final ResultSelection results;
  private final ErrorHandling errors;

  ParallelState(StateConfig c, List<StateGraph> branches, PayloadTemplate parameters,
      PayloadTemplate resultSelector, ResultPath resultPath, ErrorHandling errors) {
    super(c);
    this.branches = branches;
    this.parameters = parameters;
    this.results = new ResultSelection(this, resultSelector, resultPath);
    this.errors = errors;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode effective = applyInputPath(a, raw);
    a.visit().recordAfterInputPath(effective);
    if (parameters != null) {
      effective = parameters.evaluate(a.scope(effective));
      a.visit().recordAfterParameters(effective);
    }
    int[] counters = errors.newCounters();
    start(a, raw, effective, counters);
  }

  private void start(Activity a, JsonNode raw, JsonNode input, int[] counters) {
    long started = a.emit("ParallelStateStarted", null);
    new Run(a, raw, input, counters).launch(started);
  }

  private final class Run implements ActivityListener {
    private final Activity parent;
    private final JsonNode raw;
    private final JsonNode input;
    private final int[] counters;
    private final JsonNode[] outputs = new JsonNode[branches.size()];
    private final List<Activity> children = new ArrayList<>();
    private int remaining = branches.size();
    private boolean failed;

    Run(Activity parent, JsonNode raw, JsonNode input, int[] counters) {
      this.parent = parent;
      this.raw = raw;
      this.input = input;
      this.counters = counters;
    }

    void launch(long afterEventId) {
      for (StateGraph branch : branches) {
        Activity child = parent.child(branch, this, afterEventId);
        child.start(input);
        children.add(child);
      }
      if (children.isEmpty()) {
        parent.guarded(this::succeed);
        return;
      }
      parent.startChildren(children);
    }

    @Override
    public void succeeded(Activity child, JsonNode output) {
      outputs[children.indexOf(child)] = output;
      if (--remaining == 0 && !failed) {
        parent.guarded(this::succeed);
        parent.resume();
      }
    }

    private void succeed() {
      parent.emit("ParallelStateSucceeded", null);
      ArrayNode array = Json.NODES.arrayNode(outputs.length);
      for (JsonNode o : outputs) {
        array.add(o);
      }
      results.complete(parent, raw, array, counters, errors, () -> start(parent, raw, input, counters));
    }

    @Override
    public void failed(Activity child, StatesError error) {
      if (failed) {
        return;
      }
      failed = true;
      for (Activity other : children) {
        other.cancel();
      }
      parent.emit("ParallelStateFailed", null);
      errors.handle(parent, error, raw, counters, () -> start(parent, raw, input, counters));
      parent.resume();
    }
  }
}
