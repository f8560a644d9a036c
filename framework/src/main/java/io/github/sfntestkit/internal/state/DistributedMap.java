package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.json.Numbers;
import io.github.sfntestkit.internal.json.PayloadSizer;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.util.List;

/**
 * The parts of a Map in DISTRIBUTED mode: ItemReader (through the task integration, answered by the
 * mock registered under the Map state's name), ItemBatcher, ResultWriter (into the execution's
 * in-memory object store), tolerated failures and Label.
 */
final class DistributedMap {
  /** A number-valued field: constant, JSONPath ...Path (raw value returned) or JSONata. */
  interface Value {
    JsonNode evaluate(Activity a, JsonNode raw, JsonNode filtered);
  }

  static final class Reader {
    final String resource;
    final ValueTemplate parameters;
    final String inputType;
    final List<String> headers;
    final char delimiter;
    final Value maxItems;

    Reader(String resource, ValueTemplate parameters, String inputType, List<String> headers,
        char delimiter, Value maxItems) {
      this.resource = resource;
      this.parameters = parameters;
      this.inputType = inputType;
      this.headers = headers;
      this.delimiter = delimiter;
      this.maxItems = maxItems;
    }
  }

  static final class Batcher {
    final Value maxItemsPerBatch;
    final Value maxInputBytesPerBatch;
    final ValueTemplate batchInput;

    Batcher(Value maxItemsPerBatch, Value maxInputBytesPerBatch, ValueTemplate batchInput) {
      this.maxItemsPerBatch = maxItemsPerBatch;
      this.maxInputBytesPerBatch = maxInputBytesPerBatch;
      this.batchInput = batchInput;
    }
  }

  final Reader reader;
  final Batcher batcher;
  final ValueTemplate resultWriter;
  final Value toleratedCount;
  final String toleratedCountPath;
  final Value toleratedPercentage;
  final String toleratedPercentagePath;
  final String label;

  DistributedMap(Reader reader, Batcher batcher, ValueTemplate resultWriter, Value toleratedCount,
      String toleratedCountPath, Value toleratedPercentage, String toleratedPercentagePath, String label) {
    this.reader = reader;
    this.batcher = batcher;
    this.resultWriter = resultWriter;
    this.toleratedCount = toleratedCount;
    this.toleratedCountPath = toleratedCountPath;
    this.toleratedPercentage = toleratedPercentage;
    this.toleratedPercentagePath = toleratedPercentagePath;
    this.label = label;
  }

  /** Reads the items with the ItemReader (ItemsPath does not apply to them). */
  JsonNode read(Activity a, String mapName, JsonNode raw, JsonNode filtered) {
    JsonNode params = reader.parameters == null ? Json.object() : reader.parameters.evaluate(a, raw, filtered, null);
    int maxItems = 0;
    if (reader.maxItems != null) {
      Long v = Numbers.integer(reader.maxItems.evaluate(a, raw, filtered));
      if (v == null || v < 0) {
        throw new StatesError(ErrorNames.ITEM_READER_FAILED, "field MaxItems must be positive");
      }
      maxItems = (int) Math.min(Integer.MAX_VALUE, v);
    }
    TaskCall call = new TaskCall(mapName, reader.resource, params, a.execution().nextCallIndex(mapName),
        0, a.execution().now(), null);
    TaskResponse response = a.execution().integration().call(call);
    if (response.isFailure()) {
      throw new StatesError(response.error(), response.cause());
    }
    JsonNode result = response.result();
    ArrayNode items;
    if (reader.resource.endsWith("listObjectsV2")) {
      JsonNode contents = result.path("Contents");
      items = contents.isArray() ? (ArrayNode) contents : Json.NODES.arrayNode();
      return limit(items, maxItems);
    }
    String body = result.path("Body").isTextual() ? result.path("Body").textValue() : Json.write(result.path("Body"));
    String type = reader.inputType == null ? "JSON" : reader.inputType;
    switch (type) {
      case "CSV":
        return CsvItems.parse(body, reader.headers, reader.delimiter, maxItems);
      case "MANIFEST":
        return limit(inventory(a, mapName, parseJson(body)), maxItems);
      case "JSONL":
        items = Json.NODES.arrayNode();
        for (String line : body.split("\\r?\\n")) {
          if (!line.isBlank()) {
            items.add(parseJson(line));
          }
        }
        return limit(items, maxItems);
      default:
        JsonNode parsed = parseJson(body);
        if (!parsed.isArray()) {
          throw new StatesError(ErrorNames.ITEM_READER_FAILED, "Attempting to map over non-iterable node.");
        }
        return limit((ArrayNode) parsed, maxItems);
    }
  }

  /**
   * An S3 Inventory manifest: its {@code files} are CSV objects in the destination bucket whose rows,
   * named by {@code fileSchema}, are the items. Each file is read through the integration as a
   * further S3 GetObject call of the Map state (mocks answer {@code {"Body": "<csv text>"}}).
   */
  private ArrayNode inventory(Activity a, String mapName, JsonNode manifest) {
    if (!"CSV".equalsIgnoreCase(manifest.path("fileFormat").asText("CSV"))) {
      throw new StatesError(ErrorNames.ITEM_READER_FAILED,
          "Only CSV inventory files are supported, but the manifest's fileFormat is "
              + manifest.path("fileFormat").asText());
    }
    List<String> columns = new java.util.ArrayList<>();
    for (String c : manifest.path("fileSchema").asText("").split(",")) {
      columns.add(c.trim());
    }
    String bucket = manifest.path("destinationBucket").asText("");
    if (bucket.startsWith("arn:aws:s3:::")) {
      bucket = bucket.substring("arn:aws:s3:::".length());
    }
    ArrayNode items = Json.NODES.arrayNode();
    for (JsonNode file : manifest.path("files")) {
      ObjectNode params = Json.object();
      params.put("Bucket", bucket);
      params.put("Key", file.path("key").asText());
      TaskCall call = new TaskCall(mapName, reader.resource, params, a.execution().nextCallIndex(mapName),
          0, a.execution().now(), null);
      TaskResponse response = a.execution().integration().call(call);
      if (response.isFailure()) {
        throw new StatesError(response.error(), response.cause());
      }
      items.addAll(CsvItems.parse(response.result().path("Body").asText(""), columns, ',', 0));
    }
    return items;
  }

  private static JsonNode parseJson(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new StatesError(ErrorNames.ITEM_READER_FAILED, "The object is not valid JSON: " + e.getMessage());
    }
  }

  private static ArrayNode limit(ArrayNode items, int maxItems) {
    if (maxItems <= 0 || items.size() <= maxItems) {
      return items;
    }
    ArrayNode out = Json.NODES.arrayNode(maxItems);
    for (int i = 0; i < maxItems; i++) {
      out.add(items.get(i));
    }
    return out;
  }

  /** Groups selected items into batch inputs {"BatchInput": ..., "Items": [...]}. */
  ArrayNode batch(Activity a, JsonNode raw, JsonNode filtered, ArrayNode selected) {
    long maxCount = batcher.maxItemsPerBatch == null ? Long.MAX_VALUE
        : positive(batcher.maxItemsPerBatch.evaluate(a, raw, filtered), "MaxItemsPerBatch");
    long maxBytes = batcher.maxInputBytesPerBatch == null ? Long.MAX_VALUE
        : positive(batcher.maxInputBytesPerBatch.evaluate(a, raw, filtered), "MaxInputBytesPerBatch");
    JsonNode batchInput = batcher.batchInput == null ? null : batcher.batchInput.evaluate(a, raw, filtered, null);
    PayloadSizer sizer = new PayloadSizer();
    ArrayNode batches = Json.NODES.arrayNode();
    ArrayNode current = null;
    long bytes = 0;
    for (JsonNode item : selected) {
      int size = sizer.size(item);
      if (current == null || current.size() >= maxCount || (current.size() > 0 && bytes + size > maxBytes)) {
        current = Json.NODES.arrayNode();
        ObjectNode b = Json.object();
        if (batchInput != null) {
          b.set("BatchInput", batchInput);
        }
        b.set("Items", current);
        batches.add(b);
        bytes = 0;
      }
      current.add(item);
      bytes += size;
    }
    return batches;
  }

  private static long positive(JsonNode v, String field) {
    Long n = Numbers.integer(v);
    if (n == null || n <= 0) {
      throw new StatesRuntimeError("The " + field + " field must be a positive integer, but was " + Json.quote(v));
    }
    return n;
  }

  /** Tolerated failures as a count (-1 when not set). */
  long toleratedCount(Activity a, JsonNode raw, JsonNode filtered) {
    if (toleratedCount == null) {
      return -1;
    }
    JsonNode v = toleratedCount.evaluate(a, raw, filtered);
    Long n = Numbers.integer(v);
    if (n == null) {
      throw new StatesRuntimeError("The ToleratedFailureCountPath field refers to value \""
          + (v.isTextual() ? v.textValue() : Json.write(v)) + "\" which is not a valid integer: "
          + toleratedCountPath);
    }
    if (n < 0) {
      throw new StatesRuntimeError("ToleratedFailureCount cannot be negative.");
    }
    return n;
  }

  /** Tolerated failures as a percentage (-1 when not set). */
  double toleratedPercentage(Activity a, JsonNode raw, JsonNode filtered) {
    if (toleratedPercentage == null) {
      return -1;
    }
    JsonNode v = toleratedPercentage.evaluate(a, raw, filtered);
    Double d = Numbers.decimal(v);
    if (d == null) {
      throw new StatesRuntimeError("The ToleratedFailurePercentagePath field refers to value \""
          + (v.isTextual() ? v.textValue() : Json.write(v)) + "\" which is not a valid float: "
          + toleratedPercentagePath);
    }
    double p = d;
    if (p < 0 || p > 100) {
      throw new StatesRuntimeError("ToleratedFailurePercentage must be between 0 and 100.");
    }
    return p;
  }
}
