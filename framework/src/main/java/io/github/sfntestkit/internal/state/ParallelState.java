package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ActivityListener;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.ArrayList;
import java.util.List;

/** Parallel: runs every branch on the same input, concurrently on the virtual timeline. */
final class ParallelState extends State {
  private final List<StateGraph> branches;
  private final ErrorHandling errors;

  ParallelState(StateConfig c, List<StateGraph> branches, ErrorHandling errors) {
    super(c);
    this.branches = branches;
    this.errors = errors;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode filtered = io.filter(a, raw);
    JsonNode input = io.arguments(a, raw, filtered);
    int[] counters = errors.newCounters();
    start(a, raw, input, counters);
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
      Completion.complete(ParallelState.this, parent, raw, array, counters, errors,
          () -> start(parent, raw, input, counters));
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
      errors.handle(parent, error, raw, counters, () -> start(parent, raw, input, counters),
          () -> parent.emit("ParallelStateFailed", null));
      parent.resume();
    }
  }
}
