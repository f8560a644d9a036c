package io.github.sfntestkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.mock.MockConfigFile;
import io.github.sfntestkit.mock.TaskIntegration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code run}: one execution from files, or many from JSON lines on stdin. */
final class RunCommand {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  RunCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    Arguments a = Arguments.parse(args,
        Set.of("--definition", "--input", "--mock-config", "--state-machine", "--test-case", "--coverage-dir"),
        Set.of("--jsonl"));
    if (a.get("--coverage-dir") != null) {
      return CoverageCommand.recording(Path.of(a.get("--coverage-dir")), err, () -> execute(a));
    }
    return execute(a);
  }

  private int execute(Arguments a) {
    if (a.has("--jsonl")) {
      return jsonl();
    }
    String definitionFile = a.get("--definition");
    if (definitionFile == null) {
      throw new Main.UsageException("run needs --definition FILE (or --jsonl).");
    }
    try {
      StateMachine sm = Loading.load(Path.of(definitionFile));
      JsonNode input = a.get("--input") == null ? Json.object() : Json.MAPPER.readTree(Files.readString(Path.of(a.get("--input"))));
      TaskIntegration integration = TaskIntegration.none();
      if (a.get("--mock-config") != null) {
        if (a.get("--state-machine") == null || a.get("--test-case") == null) {
          throw new Main.UsageException("--mock-config needs --state-machine NAME and --test-case NAME.");
        }
        integration = MockConfigFile.read(Path.of(a.get("--mock-config")))
            .testCase(a.get("--state-machine"), a.get("--test-case"));
      }
      ExecutionResult r = sm.execute(input, ExecutionOptions.defaults().withIntegration(integration));
      out.println(Json.write(resultJson(r)));
      return r.succeeded() ? Main.OK : Main.FAILED;
    } catch (DefinitionException e) {
      err.println(e.getMessage());
      return Main.INVALID_INPUT;
    } catch (SfnTestKitException e) {
      err.println(e.getMessage());
      return Main.INVALID_INPUT;
    } catch (IOException e) {
      err.println("Cannot read input: " + e.getMessage());
      return Main.INVALID_INPUT;
    }
  }

  private int jsonl() {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        out.println(Json.write(job(line)));
        out.flush();
      }
    } catch (IOException e) {
      err.println("Cannot read stdin: " + e.getMessage());
      return Main.FAILED;
    }
    return Main.OK;
  }

  private ObjectNode job(String line) {
    ObjectNode result = Json.object();
    JsonNode job;
    try {
      job = Json.MAPPER.readTree(line);
    } catch (IOException e) {
      result.putNull("id");
      result.put("harnessError", "Not a JSON job: " + e.getMessage());
      return result;
    }
    result.set("id", job.get("id"));
    try {
      StateMachine sm = Loading.load(job.get("definition"));
      TaskIntegration integration = TaskIntegration.none();
      JsonNode mock = job.get("mockConfig");
      if (mock != null && !mock.isNull()) {
        integration = MockConfigFile.parse(mock, "mockConfig")
            .testCase(job.path("stateMachine").asText(), job.path("testCase").asText());
      }
      JsonNode input = job.has("input") ? job.get("input") : Json.object();
      ExecutionResult r = sm.execute(input, ExecutionOptions.defaults().withIntegration(integration));
      result.setAll(resultJson(r));
    } catch (DefinitionException e) {
      ArrayNodeBuilder.problems(result, e);
    } catch (SfnTestKitException e) {
      result.put("harnessError", e.getMessage());
    } catch (RuntimeException e) {
      result.put("harnessError", "Internal error: " + e);
    }
    return result;
  }

  static ObjectNode resultJson(ExecutionResult r) {
    ObjectNode o = Json.object();
    o.put("status", r.status().name());
    o.set("output", r.output());
    o.put("error", r.error());
    o.put("cause", r.cause());
    o.set("events", r.history().toJson());
    return o;
  }
}
