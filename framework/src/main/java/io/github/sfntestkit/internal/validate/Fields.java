package io.github.sfntestkit.internal.validate;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields each state type accepts in each query language, from the AWS Step Functions developer
 * guide's state pages and the Amazon States Language specification.
 */
final class Fields {

  static final List<String> STATE_TYPES =
      List.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");

  static final List<String> QUERY_LANGUAGES = List.of("JSONPath", "JSONata");

  /** Top-level fields of a state machine. */
  static final Set<String> TOP_LEVEL =
      set("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");

  /** Fields of a Parallel branch. */
  static final Set<String> BRANCH = set("Comment", "StartAt", "States");

  /** Fields of a Map ItemProcessor (and the legacy Iterator). */
  static final Set<String> PROCESSOR = set("Comment", "StartAt", "States", "ProcessorConfig");

  /** Fields only a JSONPath state may use, with what to use in JSONata instead. */
  static final Map<String, String> JSONPATH_ONLY = new HashMap<>();

  /** Fields only a JSONata state may use, with what to use in JSONPath instead (or ""). */
  static final Map<String, String> JSONATA_ONLY = new HashMap<>();

  private static final Map<String, Set<String>> JSONPATH = new HashMap<>();
  private static final Map<String, Set<String>> JSONATA = new HashMap<>();
  private static final Map<String, Set<String>> UNION = new HashMap<>();

  static {
    JSONPATH_ONLY.put("InputPath", "\"Arguments\" or \"Output\" with $states.input");
    JSONPATH_ONLY.put("OutputPath", "\"Output\"");
    JSONPATH_ONLY.put("Parameters", "\"Arguments\"");
    JSONPATH_ONLY.put("ResultSelector", "\"Output\"");
    JSONPATH_ONLY.put("ResultPath", "\"Output\" and \"Assign\"");
    JSONPATH_ONLY.put("Result", "\"Output\"");
    JSONPATH_ONLY.put("ItemsPath", "\"Items\"");
    JSONPATH_ONLY.put("TimeoutSecondsPath", "\"TimeoutSeconds\" with a JSONata expression");
    JSONPATH_ONLY.put("HeartbeatSecondsPath", "\"HeartbeatSeconds\" with a JSONata expression");
    JSONPATH_ONLY.put("SecondsPath", "\"Seconds\" with a JSONata expression");
    JSONPATH_ONLY.put("TimestampPath", "\"Timestamp\" with a JSONata expression");
    JSONPATH_ONLY.put("ErrorPath", "\"Error\" with a JSONata expression");
    JSONPATH_ONLY.put("CausePath", "\"Cause\" with a JSONata expression");
    JSONPATH_ONLY.put("MaxConcurrencyPath", "\"MaxConcurrency\" with a JSONata expression");
    JSONPATH_ONLY.put(
        "ToleratedFailureCountPath", "\"ToleratedFailureCount\" with a JSONata expression");
    JSONPATH_ONLY.put(
        "ToleratedFailurePercentagePath",
        "\"ToleratedFailurePercentage\" with a JSONata expression");

    JSONATA_ONLY.put("Arguments", "\"Parameters\"");
    JSONATA_ONLY.put("Output", "\"ResultSelector\", \"ResultPath\" or \"OutputPath\"");
    JSONATA_ONLY.put("Items", "\"ItemsPath\"");

    define(
        "Pass",
        set("InputPath", "OutputPath", "Parameters", "Result", "ResultPath", "Assign", "Next", "End"),
        set("Output", "Assign", "Next", "End"));
    define(
        "Task",
        set(
            "Resource", "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath",
            "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath",
            "Credentials", "Retry", "Catch", "Assign", "Next", "End"),
        set(
            "Resource", "Arguments", "Output", "TimeoutSeconds", "HeartbeatSeconds", "Credentials",
            "Retry", "Catch", "Assign", "Next", "End"));
    define(
        "Choice",
        set("InputPath", "OutputPath", "Choices", "Default", "Assign"),
        set("Choices", "Default", "Output", "Assign"));
    define(
        "Wait",
        set(
            "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath",
            "Assign", "Next", "End"),
        set("Seconds", "Timestamp", "Output", "Assign", "Next", "End"));
    define("Succeed", set("InputPath", "OutputPath"), set("Output"));
    define("Fail", set("Error", "ErrorPath", "Cause", "CausePath"), set("Error", "Cause"));
    define(
        "Parallel",
        set(
            "Branches", "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath",
            "Retry", "Catch", "Assign", "Next", "End"),
        set("Branches", "Arguments", "Output", "Retry", "Catch", "Assign", "Next", "End"));
    define(
        "Map",
        set(
            "ItemProcessor", "Iterator", "InputPath", "OutputPath", "ItemsPath", "ItemSelector",
            "Parameters", "ItemReader", "ItemBatcher", "ResultWriter", "MaxConcurrency",
            "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailureCountPath",
            "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label",
            "ResultSelector", "ResultPath", "Retry", "Catch", "Assign", "Next", "End"),
        set(
            "ItemProcessor", "Iterator", "Items", "ItemSelector", "ItemReader", "ItemBatcher",
            "ResultWriter", "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage",
            "Label", "Output", "Retry", "Catch", "Assign", "Next", "End"));
  }

  private Fields() {}

  private static void define(String type, Set<String> jsonPath, Set<String> jsonata) {
    Set<String> jp = new LinkedHashSet<>(List.of("Type", "Comment", "QueryLanguage"));
    jp.addAll(jsonPath);
    Set<String> ja = new LinkedHashSet<>(List.of("Type", "Comment", "QueryLanguage"));
    ja.addAll(jsonata);
    Set<String> union = new LinkedHashSet<>(jp);
    union.addAll(ja);
    JSONPATH.put(type, Collections.unmodifiableSet(jp));
    JSONATA.put(type, Collections.unmodifiableSet(ja));
    UNION.put(type, Collections.unmodifiableSet(union));
  }

  /** Fields of a state type in one query language (with Type, Comment, QueryLanguage). */
  static Set<String> of(String type, boolean jsonata) {
    return (jsonata ? JSONATA : JSONPATH).get(type);
  }

  /** Fields of a state type in either query language. */
  static Set<String> any(String type) {
    return UNION.get(type);
  }

  static Set<String> set(String... names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }
}
