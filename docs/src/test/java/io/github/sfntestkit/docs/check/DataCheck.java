package io.github.sfntestkit.docs.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.mock.MockConfigFile;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.template.Template;

/**
 * A {@code json} or {@code yaml} block must parse. What it is decides what else it must do:
 *
 * <ul>
 *   <li>an ASL definition (an object with {@code StartAt} and {@code States}) validates with
 *       {@link StateMachine#fromString};
 *   <li>a mock file ({@code mocks} or {@code inject} at the top) loads with {@link MockFile#of};
 *   <li>a Step Functions Local MockConfigFile ({@code StateMachines} and {@code MockedResponses})
 *       loads with {@link MockConfigFile#parse}, every test case with {@link MockConfigFile#testCase};
 *   <li>a SAM / CloudFormation template ({@code Resources}) loads with {@link Template#parse}, and
 *       each of its state machines with {@link StateMachine#fromTemplate};
 *   <li>any other value only has to parse.
 * </ul>
 */
final class DataCheck {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectMapper YAML = new YAMLMapper();

  /** What the block turned out to be, for messages and tests. */
  enum Kind { DEFINITION, MOCK_FILE, MOCK_CONFIG_FILE, TEMPLATE, DATA }

  Kind check(Markdown.Block block) {
    boolean json = block.language().equals("json");
    String text = block.text();
    JsonNode tree;
    try {
      tree = (json ? JSON : YAML).readTree(text);
    } catch (JsonProcessingException e) {
      throw BlockCheck.failure(block, "the block does not parse as " + (json ? "JSON" : "YAML") + ": "
          + e.getOriginalMessage() + location(e) + ". Make it valid, or mark it <!-- not-code: REASON --> if it"
          + " shows a shape rather than a document.");
    }
    if (tree == null || tree.isMissingNode()) {
      throw BlockCheck.failure(block, "the block is empty.");
    }
    Kind kind = kind(tree);
    String name = "block." + (json ? "json" : "yaml");
    try {
      switch (kind) {
        case DEFINITION:
          StateMachine.fromString(text);
          break;
        case MOCK_FILE:
          MockFile.of(text, name);
          break;
        case MOCK_CONFIG_FILE:
          MockConfigFile config = MockConfigFile.parse(tree, name);
          tree.path("StateMachines").fields().forEachRemaining(machine ->
              machine.getValue().path("TestCases").fieldNames().forEachRemaining(testCase ->
                  config.testCase(machine.getKey(), testCase)));
          break;
        case TEMPLATE:
          Template template = Template.parse(text, "template." + (json ? "json" : "yaml"));
          for (String id : template.stateMachines()) {
            StateMachine.fromTemplate(template, id);
          }
          break;
        default:
          break;
      }
    } catch (DefinitionException | SfnTestKitException e) {
      throw BlockCheck.failure(block, "the block looks like " + describe(kind) + " but does not load:\n"
          + e.getMessage());
    }
    return kind;
  }

  static Kind kind(JsonNode tree) {
    if (!tree.isObject()) {
      return Kind.DATA;
    }
    if (tree.has("StartAt") && tree.has("States")) {
      return Kind.DEFINITION;
    }
    if (tree.has("StateMachines") && tree.has("MockedResponses")) {
      return Kind.MOCK_CONFIG_FILE;
    }
    if (tree.has("mocks") || tree.has("inject")) {
      return Kind.MOCK_FILE;
    }
    if (tree.has("Resources")) {
      return Kind.TEMPLATE;
    }
    return Kind.DATA;
  }

  private static String describe(Kind kind) {
    switch (kind) {
      case DEFINITION:
        return "a state machine definition (StartAt and States)";
      case MOCK_FILE:
        return "a mock file (mocks / inject)";
      case MOCK_CONFIG_FILE:
        return "a Step Functions Local MockConfigFile (StateMachines and MockedResponses)";
      default:
        return "a SAM / CloudFormation template (Resources)";
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + " of the block)";
  }
}
