package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A Step Functions Local {@code MockConfigFile.json}, loaded unchanged: {@code StateMachines} with
 * {@code TestCases} mapping state names to responses, and {@code MockedResponses} whose keys are call
 * indexes ({@code "0"}) or ranges ({@code "1-2"}) holding a {@code Return} value or a {@code Throw}
 * with {@code Error} and {@code Cause}. Calls are counted per state per execution, retries and Map
 * iterations included, as Step Functions Local counts them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockConfigFile {
  private final JsonNode root;
  private final String source;

  private MockConfigFile(JsonNode root, String source) {
    this.root = root;
    this.source = source;
  }

  /** Reads a mock file from disk. */
  public static MockConfigFile read(Path file) {
    try {
      return parse(Json.MAPPER.readTree(Files.readString(file)), file.toString());
    } catch (IOException e) {
      throw new SfnTestKitException("Cannot read mock config file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Wraps an already parsed mock file. */
  public static MockConfigFile parse(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new SfnTestKitException("Mock config " + source + " must be a JSON object with StateMachines and MockedResponses");
    }
    return new MockConfigFile(root, source);
  }

  /** The integration answering Task states as the given test case of the given state machine says. */
  public TaskIntegration testCase(String stateMachine, String testCase) {
    JsonNode machines = root.path("StateMachines");
    JsonNode machine = machines.get(stateMachine);
    if (machine == null) {
      throw new SfnTestKitException("Mock config " + source + " has no state machine \"" + stateMachine
          + "\" under StateMachines. It has: " + names(machines));
    }
    JsonNode cases = machine.path("TestCases");
    JsonNode testCaseNode = cases.get(testCase);
    if (testCaseNode == null) {
      throw new SfnTestKitException("Mock config " + source + " has no test case \"" + testCase
          + "\" for state machine \"" + stateMachine + "\". It has: " + names(cases));
    }
    Map<String, List<Entry>> byState = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = testCaseNode.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String responseName = e.getValue().asText();
      JsonNode responses = root.path("MockedResponses").get(responseName);
      if (responses == null) {
        throw new SfnTestKitException("Mock config " + source + ": test case \"" + testCase + "\" maps state \""
            + e.getKey() + "\" to \"" + responseName + "\", which is not defined under MockedResponses. Defined: "
            + names(root.path("MockedResponses")));
      }
      byState.put(e.getKey(), entries(responseName, responses));
    }
    return call -> answer(byState, call, testCase);
  }

  private TaskResponse answer(Map<String, List<Entry>> byState, TaskCall call, String testCase) {
    List<Entry> entries = byState.get(call.stateName());
    if (entries == null) {
      throw UnmockedTaskException.forCall(call, "Test case \"" + testCase + "\" in " + source
          + " has no entry for this state.");
    }
    for (Entry e : entries) {
      if (call.callIndex() >= e.from && call.callIndex() <= e.to) {
        return e.response;
      }
    }
    StringBuilder covered = new StringBuilder();
    for (Entry e : entries) {
      covered.append(covered.length() == 0 ? "" : ", ").append(e.key);
    }
    throw UnmockedTaskException.forCall(call, "Its mocked responses cover call indexes " + covered + " only.");
  }

  private List<Entry> entries(String responseName, JsonNode responses) {
    List<Entry> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = responses.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      int from;
      int to;
      try {
        int dash = key.indexOf('-');
        from = Integer.parseInt(dash < 0 ? key.trim() : key.substring(0, dash).trim());
        to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1).trim());
      } catch (NumberFormatException ex) {
        throw new SfnTestKitException("Mock config " + source + ": MockedResponses." + responseName + " key \"" + key
            + "\" is not a call index such as \"0\" or a range such as \"1-2\"");
      }
      JsonNode v = e.getValue();
      TaskResponse response;
      if (v.has("Return")) {
        response = TaskResponse.success(v.get("Return"));
      } else if (v.has("Throw")) {
        JsonNode t = v.get("Throw");
        response = TaskResponse.failure(t.has("Error") ? t.get("Error").asText() : null,
            t.has("Cause") ? t.get("Cause").asText() : null);
      } else {
        throw new SfnTestKitException("Mock config " + source + ": MockedResponses." + responseName + "." + key
            + " must have \"Return\" or \"Throw\"");
      }
      out.add(new Entry(key, from, to, response));
    }
    return Collections.unmodifiableList(out);
  }

  private static String names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(n -> names.add("\"" + n + "\""));
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  private static final class Entry {
    final String key;
    final int from;
    final int to;
    final TaskResponse response;

    Entry(String key, int from, int to, TaskResponse response) {
      this.key = key;
      this.from = from;
      this.to = to;
      this.response = response;
    }
  }
}
