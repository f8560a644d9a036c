package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Map state fields: ItemProcessor/Iterator and ProcessorConfig, Items/ItemsPath, ItemSelector,
 * ItemReader, ItemBatcher, ResultWriter, MaxConcurrency, ToleratedFailure*, Label. The processor's
 * states are validated by {@link DefinitionValidator} as their own scope.
 */
final class MapRules {

  static final int MAX_LABEL = 40;
  static final long MAX_BATCH_BYTES = 262_144L;
  static final long MAX_ITEMS = 100_000_000L;

  /**
   * Fields AWS documents for DISTRIBUTED mode only. ToleratedFailure* and Label are not here: AWS
   * accepted an INLINE Map with ToleratedFailureCount in a recorded execution.
   */
  private static final List<String> DISTRIBUTED_ONLY =
      List.of("ItemReader", "ItemBatcher", "ResultWriter");

  private static final Set<String> PROCESSOR_CONFIG = Fields.set("Mode", "ExecutionType");
  private static final Set<String> ITEM_READER =
      Fields.set("Resource", "ReaderConfig", "Parameters", "Arguments");
  private static final Set<String> READER_CONFIG =
      Fields.set(
          "InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "MaxItems",
          "MaxItemsPath", "ItemsPointer", "ManifestType");
  private static final Set<String> ITEM_BATCHER =
      Fields.set(
          "MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch",
          "MaxInputBytesPerBatchPath", "BatchInput");
  private static final Set<String> RESULT_WRITER =
      Fields.set("Resource", "Parameters", "Arguments", "WriterConfig");
  private static final Set<String> WRITER_CONFIG = Fields.set("OutputType", "Transformation");

  private MapRules() {}

  /**
   * Checks the Map's own fields.
   *
   * @return the name of the processor field ("ItemProcessor" or "Iterator") when it holds an
   *     object to validate as a scope, else null
   */
  static String checkState(ValidationContext ctx, StateNode st) {
    List<String> chain = st.chain();
    boolean hasProcessor = st.has("ItemProcessor");
    boolean hasIterator = st.has("Iterator");
    String processorField = null;
    if (!hasProcessor && !hasIterator) {
      st.report(
          ctx,
          st.pointer(),
          "missing required field \"ItemProcessor\": a Map state needs the \"StartAt\" and \"States\" that process each item.");
    } else if (hasProcessor && hasIterator) {
      st.reportField(
          ctx,
          "Iterator",
          "\"ItemProcessor\" and \"Iterator\" cannot both be set; \"Iterator\" is the deprecated name of \"ItemProcessor\".");
    } else {
      processorField = hasProcessor ? "ItemProcessor" : "Iterator";
    }
    boolean distributed = false;
    if (processorField != null) {
      JsonNode processor = st.get(processorField);
      if (!processor.isObject()) {
        st.reportField(
            ctx,
            processorField,
            q(processorField)
                + " must be an object with \"StartAt\" and \"States\", but was "
                + Messages.value(processor)
                + ".");
        processorField = null;
      } else {
        distributed = processorConfig(ctx, st, st.ptr(processorField), processor);
      }
    }
    if (st.has("ItemSelector") && st.has("Parameters")) {
      st.reportField(
          ctx,
          "Parameters",
          "\"ItemSelector\" and \"Parameters\" cannot both be set; \"Parameters\" is the deprecated name of \"ItemSelector\".");
    }
    JsonNode selector = st.get("ItemSelector");
    if (selector != null && !selector.isObject() && !(st.jsonata() && Checks.isExpression(selector))) {
      st.reportField(
          ctx,
          "ItemSelector",
          "\"ItemSelector\" must be an object"
              + (st.jsonata() ? " or a JSONata expression \"{% ... %}\"" : "")
              + ", but was "
              + Messages.value(selector)
              + ".");
    }
    if (!st.jsonata()) {
      Checks.object(ctx, chain, st.ptr("Parameters"), "Parameters", st.get("Parameters"));
      Checks.object(ctx, chain, st.ptr("ResultSelector"), "ResultSelector", st.get("ResultSelector"));
    }
    JsonNode items = st.get("Items");
    if (items != null && st.jsonata() && !items.isArray() && !Checks.isExpression(items)) {
      st.reportField(
          ctx,
          "Items",
          "\"Items\" must be an array or a JSONata expression \"{% ... %}\", but was "
              + Messages.value(items)
              + ".");
    }
    Checks.integerField(
        ctx, chain, st.ptr("MaxConcurrency"), "MaxConcurrency", st.get("MaxConcurrency"), 0,
        Integer.MAX_VALUE, st.jsonata());
    Checks.exclusive(ctx, chain, st.pointer(), st.node(), "MaxConcurrency", "MaxConcurrencyPath");
    Checks.integerField(
        ctx, chain, st.ptr("ToleratedFailureCount"), "ToleratedFailureCount",
        st.get("ToleratedFailureCount"), 0, Integer.MAX_VALUE, st.jsonata());
    Checks.exclusive(
        ctx, chain, st.pointer(), st.node(), "ToleratedFailureCount", "ToleratedFailureCountPath");
    Checks.numberField(
        ctx, chain, st.ptr("ToleratedFailurePercentage"), "ToleratedFailurePercentage",
        st.get("ToleratedFailurePercentage"), "from 0 to 100", 0, 100, st.jsonata());
    Checks.exclusive(
        ctx, chain, st.pointer(), st.node(), "ToleratedFailurePercentage",
        "ToleratedFailurePercentagePath");
    String label = Checks.string(ctx, chain, st.ptr("Label"), "Label", st.get("Label"));
    if (label != null && label.length() > MAX_LABEL) {
      st.reportField(
          ctx,
          "Label",
          "\"Label\" is too long: " + label.length() + " characters, at most " + MAX_LABEL + " are allowed.");
    }
    if (processorField != null && !distributed) {
      for (String f : DISTRIBUTED_ONLY) {
        if (st.has(f)) {
          st.reportField(
              ctx,
              f,
              q(f)
                  + " is only valid in a Map state whose "
                  + q(processorField)
                  + " has \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}; this Map state is INLINE.");
        }
      }
    }
    itemReader(ctx, st);
    itemBatcher(ctx, st);
    resultWriter(ctx, st);
    return processorField;
  }

  /** Checks ProcessorConfig; returns true when the Map is DISTRIBUTED. */
  private static boolean processorConfig(
      ValidationContext ctx, StateNode st, String processorAt, JsonNode processor) {
    JsonNode config = processor.get("ProcessorConfig");
    String at = processorAt + "/ProcessorConfig";
    if (!Checks.object(ctx, st.chain(), at, "ProcessorConfig", config)) {
      return false;
    }
    Checks.unknownFields(
        ctx, st.chain(), at, config, PROCESSOR_CONFIG, Set.of(), "a ProcessorConfig", PROCESSOR_CONFIG);
    String mode =
        Checks.enumField(
            ctx, st.chain(), at + "/Mode", "Mode", config.get("Mode"), List.of("INLINE", "DISTRIBUTED"));
    Checks.enumField(
        ctx, st.chain(), at + "/ExecutionType", "ExecutionType", config.get("ExecutionType"),
        List.of("STANDARD", "EXPRESS"));
    boolean distributed = "DISTRIBUTED".equals(mode);
    if (distributed && !config.has("ExecutionType")) {
      ctx.report(
          st.chain(),
          at,
          "missing required field \"ExecutionType\": a DISTRIBUTED Map needs \"STANDARD\" or \"EXPRESS\" child workflow executions.");
    }
    return distributed || (mode == null && config.get("Mode") != null);
  }

  private static void itemReader(ValidationContext ctx, StateNode st) {
    JsonNode reader = st.get("ItemReader");
    String at = st.ptr("ItemReader");
    List<String> chain = st.chain();
    if (!Checks.object(ctx, chain, at, "ItemReader", reader)) {
      return;
    }
    Checks.unknownFields(ctx, chain, at, reader, ITEM_READER, Set.of(), "an ItemReader", ITEM_READER);
    resource(ctx, st, at, reader, "ItemReader");
    payload(ctx, st, at, reader);
    JsonNode config = reader.get("ReaderConfig");
    String cat = at + "/ReaderConfig";
    if (Checks.object(ctx, chain, cat, "ReaderConfig", config)) {
      Checks.unknownFields(
          ctx, chain, cat, config, READER_CONFIG, Set.of(), "a ReaderConfig", READER_CONFIG);
      Checks.enumField(
          ctx, chain, cat + "/InputType", "InputType", config.get("InputType"),
          List.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"));
      String location =
          Checks.enumField(
              ctx, chain, cat + "/CSVHeaderLocation", "CSVHeaderLocation",
              config.get("CSVHeaderLocation"), List.of("FIRST_ROW", "GIVEN"));
      Checks.enumField(
          ctx, chain, cat + "/CSVDelimiter", "CSVDelimiter", config.get("CSVDelimiter"),
          List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"));
      Checks.enumField(
          ctx, chain, cat + "/ManifestType", "ManifestType", config.get("ManifestType"),
          List.of("ATHENA_DATA", "S3_INVENTORY"));
      JsonNode headers = config.get("CSVHeaders");
      if (headers != null) {
        boolean ok = headers.isArray() && !headers.isEmpty();
        for (int i = 0; ok && i < headers.size(); i++) {
          ok = headers.get(i).isTextual();
        }
        if (!ok) {
          ctx.report(
              chain,
              cat + "/CSVHeaders",
              "\"CSVHeaders\" must be a non-empty array of strings, but was "
                  + Messages.value(headers)
                  + ".");
        }
      }
      if ("GIVEN".equals(location) && headers == null) {
        ctx.report(
            chain,
            cat,
            "missing \"CSVHeaders\": \"CSVHeaderLocation\": \"GIVEN\" needs the column names in \"CSVHeaders\".");
      }
      Checks.string(ctx, chain, cat + "/ItemsPointer", "ItemsPointer", config.get("ItemsPointer"));
      Checks.integerField(
          ctx, chain, cat + "/MaxItems", "MaxItems", config.get("MaxItems"), 0, MAX_ITEMS,
          st.jsonata());
      Checks.exclusive(ctx, chain, cat, config, "MaxItems", "MaxItemsPath");
      languagePath(ctx, st, cat, config, "MaxItemsPath", "MaxItems");
    }
  }

  private static void itemBatcher(ValidationContext ctx, StateNode st) {
    JsonNode batcher = st.get("ItemBatcher");
    String at = st.ptr("ItemBatcher");
    List<String> chain = st.chain();
    if (!Checks.object(ctx, chain, at, "ItemBatcher", batcher)) {
      return;
    }
    Checks.unknownFields(ctx, chain, at, batcher, ITEM_BATCHER, Set.of(), "an ItemBatcher", ITEM_BATCHER);
    if (!batcher.has("MaxItemsPerBatch")
        && !batcher.has("MaxItemsPerBatchPath")
        && !batcher.has("MaxInputBytesPerBatch")
        && !batcher.has("MaxInputBytesPerBatchPath")) {
      ctx.report(
          chain,
          at,
          "an ItemBatcher needs at least one of \"MaxItemsPerBatch\", \"MaxItemsPerBatchPath\", \"MaxInputBytesPerBatch\", \"MaxInputBytesPerBatchPath\", but has none.");
    }
    Checks.integerField(
        ctx, chain, at + "/MaxItemsPerBatch", "MaxItemsPerBatch", batcher.get("MaxItemsPerBatch"), 1,
        MAX_ITEMS, st.jsonata());
    Checks.integerField(
        ctx, chain, at + "/MaxInputBytesPerBatch", "MaxInputBytesPerBatch",
        batcher.get("MaxInputBytesPerBatch"), 1, MAX_BATCH_BYTES, st.jsonata());
    Checks.exclusive(ctx, chain, at, batcher, "MaxItemsPerBatch", "MaxItemsPerBatchPath");
    Checks.exclusive(ctx, chain, at, batcher, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
    languagePath(ctx, st, at, batcher, "MaxItemsPerBatchPath", "MaxItemsPerBatch");
    languagePath(ctx, st, at, batcher, "MaxInputBytesPerBatchPath", "MaxInputBytesPerBatch");
    JsonNode input = batcher.get("BatchInput");
    if (input != null) {
      if (!input.isObject() && !(st.jsonata() && Checks.isExpression(input))) {
        ctx.report(
            chain,
            at + "/BatchInput",
            "\"BatchInput\" must be an object, but was " + Messages.value(input) + ".");
      } else if (!st.jsonata() && input.isObject()) {
        PathRules.template(ctx, chain, at + "/BatchInput", input);
      }
    }
  }

  private static void resultWriter(ValidationContext ctx, StateNode st) {
    JsonNode writer = st.get("ResultWriter");
    String at = st.ptr("ResultWriter");
    List<String> chain = st.chain();
    if (!Checks.object(ctx, chain, at, "ResultWriter", writer)) {
      return;
    }
    Checks.unknownFields(ctx, chain, at, writer, RESULT_WRITER, Set.of(), "a ResultWriter", RESULT_WRITER);
    if (!writer.has("Resource") && !writer.has("WriterConfig")) {
      ctx.report(
          chain,
          at,
          "a ResultWriter needs \"Resource\" (with its \"Parameters\" or \"Arguments\") or \"WriterConfig\", but has neither.");
    }
    if (writer.has("Resource")) {
      resource(ctx, st, at, writer, "ResultWriter");
    }
    payload(ctx, st, at, writer);
    JsonNode config = writer.get("WriterConfig");
    String cat = at + "/WriterConfig";
    if (Checks.object(ctx, chain, cat, "WriterConfig", config)) {
      Checks.unknownFields(
          ctx, chain, cat, config, WRITER_CONFIG, Set.of(), "a WriterConfig", WRITER_CONFIG);
      Checks.enumField(
          ctx, chain, cat + "/OutputType", "OutputType", config.get("OutputType"),
          List.of("JSON", "JSONL"));
      Checks.enumField(
          ctx, chain, cat + "/Transformation", "Transformation", config.get("Transformation"),
          List.of("NONE", "COMPACT", "FLATTEN"));
    }
  }

  private static void resource(
      ValidationContext ctx, StateNode st, String at, JsonNode owner, String what) {
    JsonNode resource = owner.get("Resource");
    if (resource == null) {
      ctx.report(
          st.chain(),
          at,
          "missing required field \"Resource\": an " + what + " needs the ARN of the integration to use.");
    } else if (!resource.isTextual() || resource.textValue().isEmpty()) {
      ctx.report(
          st.chain(),
          at + "/Resource",
          "\"Resource\" must be a non-empty string (an ARN), but was " + Messages.value(resource) + ".");
    }
  }

  /** Parameters (JSONPath) or Arguments (JSONata) of an ItemReader or ResultWriter. */
  private static void payload(ValidationContext ctx, StateNode st, String at, JsonNode owner) {
    List<String> chain = st.chain();
    JsonNode params = owner.get("Parameters");
    JsonNode args = owner.get("Arguments");
    if (st.jsonata()) {
      if (params != null) {
        ctx.report(
            chain,
            at + "/Parameters",
            "\"Parameters\" is only valid in JSONPath states, but this Map state uses JSONata. Use \"Arguments\" instead.");
      }
      if (args != null && !args.isObject() && !Checks.isExpression(args)) {
        ctx.report(
            chain,
            at + "/Arguments",
            "\"Arguments\" must be an object or a JSONata expression \"{% ... %}\", but was "
                + Messages.value(args)
                + ".");
      }
    } else {
      if (args != null) {
        ctx.report(
            chain,
            at + "/Arguments",
            "\"Arguments\" is only valid in JSONata states, but this Map state uses JSONPath. Use \"Parameters\" instead, or set \"QueryLanguage\": \"JSONata\".");
      }
      if (Checks.object(ctx, chain, at + "/Parameters", "Parameters", params)) {
        PathRules.template(ctx, chain, at + "/Parameters", params);
      }
    }
  }

  /** A {@code ...Path} field of a sub-object: a reference path in JSONPath, not allowed in JSONata. */
  private static void languagePath(
      ValidationContext ctx, StateNode st, String at, JsonNode owner, String field, String instead) {
    JsonNode value = owner.get(field);
    if (value == null) {
      return;
    }
    String fieldAt = at + "/" + field;
    if (st.jsonata()) {
      ctx.report(
          st.chain(),
          fieldAt,
          q(field)
              + " is only valid in JSONPath states, but this Map state uses JSONata. Use "
              + q(instead)
              + " with a JSONata expression instead.");
    } else {
      PathRules.path(ctx, st.chain(), fieldAt, field, value, PathRules.Kind.REFERENCE);
    }
  }
}
