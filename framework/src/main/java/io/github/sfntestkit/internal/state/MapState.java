package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ActivityListener;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Map: runs the item processor once per item (or batch), at most MaxConcurrency at a time (0 =
 * unlimited). INLINE iterations are part of this execution's history; DISTRIBUTED ones are child
 * executions with their own histories, as a Map Run.
 */
final class MapState extends State {
  /** Where the items come from (ItemsPath or JSONata Items). */
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
  private final DistributedMap distributed;

  MapState(StateConfig c, StateGraph processor, Items itemSource, ItemSelector itemSelector,
      Concurrency maxConcurrency, ErrorHandling errors, DistributedMap distributed) {
    super(c);
    this.processor = processor;
    this.itemSource = itemSource;
    this.itemSelector = itemSelector;
    this.maxConcurrency = maxConcurrency;
    this.errors = errors;
    this.distributed = distributed;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode filtered = io.filter(a, raw);
    int[] counters = errors.newCounters();
    start(a, raw, filtered, counters);
  }

  private void start(Activity a, JsonNode raw, JsonNode filtered, int[] counters) {
    Runnable restart = () -> start(a, raw, filtered, counters);
    if (distributed == null) {
      JsonNode items;
      int concurrency;
      try {
        items = itemSource.items(a, raw, filtered);
        checkArray(items);
        concurrency = maxConcurrency.evaluate(a, raw, filtered);
      } catch (StatesError e) {
        errors.handle(a, e, raw, counters, restart);
        return;
      }
      ObjectNode started = Json.object();
      started.put("length", items.size());
      a.emit("MapStateStarted", started);
      ArrayNode inputs;
      try {
        inputs = select(a, raw, filtered, (ArrayNode) items);
      } catch (StatesError e) {
        errors.handle(a, e, raw, counters, restart, () -> a.emit("MapStateFailed", null));
        return;
      }
      new Run(a, raw, filtered, inputs, concurrency, counters, restart, -1, -1).launch();
      return;
    }
    a.emit("MapStateStarted", Json.object().put("length", 0));
    long toleratedCount = distributed.toleratedCount(a, raw, filtered);
    double toleratedPercentage = distributed.toleratedPercentage(a, raw, filtered);
    int concurrency = maxConcurrency.evaluate(a, raw, filtered);
    ObjectNode runStarted = Json.object();
    runStarted.put("mapRunArn", mapRunArn(a));
    a.emit("MapRunStarted", runStarted);
    ArrayNode inputs;
    try {
      JsonNode items = distributed.reader != null
          ? distributed.read(a, name, raw, filtered)
          : itemSource.items(a, raw, filtered);
      checkArray(items);
      inputs = select(a, raw, filtered, (ArrayNode) items);
      if (distributed.batcher != null) {
        inputs = distributed.batch(a, raw, filtered, inputs);
      }
    } catch (StatesError e) {
      mapRunFailed(a, e);
      errors.handle(a, e, raw, counters, restart, () -> a.emit("MapStateFailed", null));
      return;
    }
    new Run(a, raw, filtered, inputs, concurrency, counters, restart, toleratedCount,
        toleratedPercentage).launch();
  }

  private static void checkArray(JsonNode items) {
    if (!items.isArray()) {
      throw new StatesRuntimeError("Map state input must be an array but was: " + Json.write(items));
    }
  }

  private ArrayNode select(Activity a, JsonNode raw, JsonNode filtered, ArrayNode items) {
    if (itemSelector == null) {
      return items;
    }
    ArrayNode out = Json.NODES.arrayNode(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(itemSelector.select(a, raw, filtered, i, items.get(i)));
    }
    return out;
  }

  private String mapRunArn(Activity a) {
    io.github.sfntestkit.ExecutionOptions o = a.execution().options();
    String label = distributed.label != null ? distributed.label : name;
    return "arn:aws:states:" + o.region() + ":" + o.accountId() + ":mapRun:" + o.stateMachineName() + "/"
        + label + ":" + String.format(Locale.ROOT, "%08x", a.enteredEventId());
  }

  private void mapRunFailed(Activity a, StatesError e) {
    ObjectNode d = Json.object();
    if (e.error() != null) {
      d.put("error", e.error());
    }
    if (e.cause() != null) {
      d.put("cause", e.cause());
    }
    a.emit("MapRunFailed", d);
  }

  private final class Run {
    private final Activity parent;
    private final JsonNode raw;
    private final JsonNode filtered;
    private final ArrayNode inputs;
    private final int concurrency;
    private final int[] counters;
    private final Runnable restart;
    private final long toleratedCount;
    private final double toleratedPercentage;
    private final JsonNode[] outputs;
    /** Which items' child executions failed within the tolerance (null until one does). */
    private boolean[] failedItems;
    private final Activity[] children;
    private int nextIndex;
    private int remaining;
    private int failures;
    private boolean failed;

    Run(Activity parent, JsonNode raw, JsonNode filtered, ArrayNode inputs, int concurrency,
        int[] counters, Runnable restart, long toleratedCount, double toleratedPercentage) {
      this.parent = parent;
      this.raw = raw;
      this.filtered = filtered;
      this.inputs = inputs;
      this.concurrency = concurrency <= 0 ? Integer.MAX_VALUE : concurrency;
      this.counters = counters;
      this.restart = restart;
      this.toleratedCount = toleratedCount;
      this.toleratedPercentage = toleratedPercentage;
      this.outputs = new JsonNode[inputs.size()];
      this.children = new Activity[inputs.size()];
      this.remaining = inputs.size();
    }

    void launch() {
      if (remaining == 0) {
        parent.guarded(this::succeed);
        return;
      }
      List<Activity> batch = new ArrayList<>();
      while (nextIndex < inputs.size() && nextIndex < concurrency) {
        batch.add(startIteration(nextIndex++));
      }
      parent.startChildren(batch);
    }

    private Activity startIteration(int index) {
      Activity child;
      if (distributed != null) {
        String executionName = (distributed.label != null ? distributed.label : name) + "-" + index;
        child = parent.childExecution(processor, executionName, inputs.get(index), new Iteration(index));
      } else {
        long startedId = parent.emit("MapIterationStarted", iterationDetails(index));
        child = parent.child(processor, new Iteration(index), startedId);
        child.start(inputs.get(index));
      }
      children[index] = child;
      return child;
    }

    private ObjectNode iterationDetails(int index) {
      ObjectNode d = Json.object();
      d.put("name", name);
      d.put("index", index);
      return d;
    }

    private void succeed() {
      if (distributed != null) {
        parent.emit("MapRunSucceeded", null);
      }
      parent.emit("MapStateSucceeded", null);
      ArrayNode array = Json.NODES.arrayNode(outputs.length);
      for (JsonNode o : outputs) {
        array.add(o);
      }
      JsonNode result = array;
      if (distributed != null && distributed.resultWriter != null) {
        result = writeResults(array);
      }
      Completion.complete(MapState.this, parent, raw, result, counters, errors, restart);
    }

    private JsonNode writeResults(ArrayNode array) {
      JsonNode target = distributed.resultWriter.evaluate(parent, raw, filtered, null);
      String bucket = target.path("Bucket").asText();
      String prefix = target.path("Prefix").asText("");
      String arn = mapRunArn(parent);
      String runId = arn.substring(arn.lastIndexOf(':') + 1);
      String base = (prefix.isEmpty() ? "" : prefix + "/") + runId + "/";
      ObjectNode manifest = Json.object();
      manifest.put("DestinationBucket", bucket);
      manifest.put("MapRunArn", arn);
      ObjectNode files = manifest.putObject("ResultFiles");
      // the results are exported by status: tolerated failures go to FAILED_0.json
      ArrayNode succeeded = Json.NODES.arrayNode();
      ArrayNode failedResults = Json.NODES.arrayNode();
      for (int i = 0; i < array.size(); i++) {
        (failedItems != null && failedItems[i] ? failedResults : succeeded).add(array.get(i));
      }
      writeResultFile(files.putArray("FAILED"), bucket, base + "FAILED_0.json", failedResults);
      files.putArray("PENDING");
      writeResultFile(files.putArray("SUCCEEDED"), bucket, base + "SUCCEEDED_0.json", succeeded);
      parent.execution().putObject(bucket + "/" + base + "manifest.json", manifest);
      ObjectNode out = Json.object();
      out.put("MapRunArn", arn);
      ObjectNode details = out.putObject("ResultWriterDetails");
      details.put("Bucket", bucket);
      details.put("Key", base + "manifest.json");
      return out;
    }

    private void writeResultFile(ArrayNode listing, String bucket, String key, ArrayNode results) {
      if (results.isEmpty()) {
        return;
      }
      parent.execution().putObject(bucket + "/" + key, results);
      listing.addObject().put("Key", key).put("Size", Json.utf8Size(results));
    }

    private void next() {
      if (nextIndex < inputs.size() && !failed) {
        parent.startChildren(List.of(startIteration(nextIndex++)));
      }
    }

    private boolean tolerated() {
      if (toleratedCount < 0 && toleratedPercentage < 0) {
        return false;
      }
      boolean overCount = toleratedCount >= 0 && failures > toleratedCount;
      boolean overPercentage = toleratedPercentage >= 0
          && failures * 100.0 / inputs.size() > toleratedPercentage;
      return !overCount && !overPercentage;
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
        if (distributed == null) {
          child.emit("MapIterationSucceeded", iterationDetails(index));
        }
        ended();
      }

      private void ended() {
        remaining--;
        if (remaining == 0) {
          parent.guarded(Run.this::succeed);
          parent.resume();
        } else {
          next();
        }
      }

      @Override
      public void failed(Activity child, StatesError error) {
        if (failed) {
          return;
        }
        if (distributed != null) {
          failures++;
          if (tolerated()) {
            ObjectNode errorOutput = Json.object();
            errorOutput.put("Error", error.error());
            errorOutput.put("Cause", error.cause());
            outputs[index] = errorOutput;
            if (failedItems == null) {
              failedItems = new boolean[outputs.length];
            }
            failedItems[index] = true;
            ended();
            return;
          }
        }
        failed = true;
        if (distributed == null) {
          child.emit("MapIterationFailed", iterationDetails(index));
        }
        for (int i = 0; i < children.length; i++) {
          Activity other = children[i];
          if (other != null && other != child && !other.isFinished()) {
            other.cancel();
            if (distributed == null) {
              parent.emit("MapIterationAborted", iterationDetails(i));
            }
          }
        }
        StatesError mapError = error;
        if (distributed != null) {
          mapError = new StatesError(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
              "The specified tolerated failure threshold was exceeded");
          mapRunFailed(parent, mapError);
        }
        errors.handle(parent, mapError, raw, counters, restart, () -> parent.emit("MapStateFailed", null));
        parent.resume();
      }
    }
  }
}
