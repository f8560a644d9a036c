package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ActivityListener;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;

/** Map: runs the item processor once per item, at most MaxConcurrency at a time (0 = unlimited). */
final class MapState extends State {
  /** Where the items come from (ItemsPath, JSONata Items, or later an ItemReader). */
  interface Items {
    JsonNode items(Activity a, JsonNode raw, JsonNode filtered);
  }

  /** ItemSelector: the input of one iteration. */
  interface ItemSelector {
    JsonNode select(Activity a, JsonNode raw, JsonNode filtered, int index, JsonNode item);
  }

  /** MaxConcurrency: constant, ...Path or JSONata; 0 = unlimited. */
  interface Concurrency {
    int evaluate(Activity a, JsonNode raw, JsonNode filtered);
  }

  private final StateGraph processor;
  private final Items itemSource;
  private final ItemSelector itemSelector;
  private final Concurrency maxConcurrency;
  private final ErrorHandling errors;

  MapState(StateConfig c, StateGraph processor, Items itemSource, ItemSelector itemSelector,
      Concurrency maxConcurrency, ErrorHandling errors) {
    super(c);
    this.processor = processor;
    this.itemSource = itemSource;
    this.itemSelector = itemSelector;
    this.maxConcurrency = maxConcurrency;
    this.errors = errors;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode filtered = io.filter(a, raw);
    JsonNode items = itemSource.items(a, raw, filtered);
    if (!items.isArray()) {
      throw new StatesRuntimeError(
          "Map state input must be an array but was: " + Json.typeName(items));
    }
    int concurrency = maxConcurrency.evaluate(a, raw, filtered);
    int[] counters = errors.newCounters();
    start(a, raw, filtered, (ArrayNode) items, concurrency, counters);
  }

  private void start(Activity a, JsonNode raw, JsonNode input, ArrayNode items, int concurrency,
      int[] counters) {
    ObjectNode started = Json.object();
    started.put("length", items.size());
    a.emit("MapStateStarted", started);
    new Run(a, raw, input, items, concurrency, counters).launch();
  }

  private final class Run {
    private final Activity parent;
    private final JsonNode raw;
    private final JsonNode input;
    private final ArrayNode items;
    private final int concurrency;
    private final int[] counters;
    private final JsonNode[] outputs;
    private final Activity[] children;
    private int nextIndex;
    private int running;
    private int remaining;
    private boolean failed;

    Run(Activity parent, JsonNode raw, JsonNode input, ArrayNode items, int concurrency, int[] counters) {
      this.parent = parent;
      this.raw = raw;
      this.input = input;
      this.items = items;
      this.concurrency = concurrency <= 0 ? Integer.MAX_VALUE : concurrency;
      this.counters = counters;
      this.outputs = new JsonNode[items.size()];
      this.children = new Activity[items.size()];
      this.remaining = items.size();
    }

    void launch() {
      if (remaining == 0) {
        parent.guarded(this::succeed);
        return;
      }
      java.util.List<Activity> batch = new java.util.ArrayList<>();
      while (nextIndex < items.size() && running < concurrency) {
        Activity child = startIteration(nextIndex++);
        if (child == null) {
          return;
        }
        batch.add(child);
      }
      parent.startChildren(batch);
    }

    private Activity startIteration(int index) {
      JsonNode item = items.get(index);
      JsonNode itemInput;
      try {
        itemInput = itemSelector == null
            ? item
            : itemSelector.select(parent, raw, input, index, item);
      } catch (StatesError e) {
        failed = true;
        parent.emit("MapStateFailed", null);
        errors.handle(parent, e, raw, counters, this::restart);
        parent.resume();
        return null;
      }
      long startedId = parent.emit("MapIterationStarted", iterationDetails(index));
      Activity child = parent.child(processor, new Iteration(index), startedId);
      child.start(itemInput);
      children[index] = child;
      running++;
      return child;
    }

    private ObjectNode iterationDetails(int index) {
      ObjectNode d = Json.object();
      d.put("name", name);
      d.put("index", index);
      return d;
    }

    private void restart() {
      start(parent, raw, input, items, concurrency == Integer.MAX_VALUE ? 0 : concurrency, counters);
    }

    private void succeed() {
      parent.emit("MapStateSucceeded", null);
      ArrayNode array = Json.NODES.arrayNode(outputs.length);
      for (JsonNode o : outputs) {
        array.add(o);
      }
      Completion.complete(MapState.this, parent, raw, array, counters, errors, this::restart);
    }

    private final class Iteration implements ActivityListener {
      private final int index;

      Iteration(int index) {
        this.index = index;
      }

      @Override
      public void succeeded(Activity child, JsonNode output) {
        if (failed) {
          return;
        }
        outputs[index] = output;
        child.emit("MapIterationSucceeded", iterationDetails(index));
        running--;
        remaining--;
        if (remaining == 0) {
          parent.guarded(Run.this::succeed);
          parent.resume();
        } else if (nextIndex < items.size()) {
          Activity next = startIteration(nextIndex++);
          if (next != null) {
            parent.startChildren(java.util.List.of(next));
          }
        }
      }

      @Override
      public void failed(Activity child, StatesError error) {
        if (failed) {
          return;
        }
        failed = true;
        child.emit("MapIterationFailed", iterationDetails(index));
        for (Activity other : children) {
          if (other != null && other != child && !other.isFinished()) {
            other.cancel();
            parent.emit("MapIterationAborted", iterationDetails(indexOf(other)));
          }
        }
        parent.emit("MapStateFailed", null);
        errors.handle(parent, error, raw, counters, Run.this::restart);
        parent.resume();
      }

      private int indexOf(Activity other) {
        for (int i = 0; i < children.length; i++) {
          if (children[i] == other) {
            return i;
          }
        }
        return -1;
      }
    }
  }
}
