package io.github.sfntestkit.maven;

import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage data as a test JVM leaves it: {@code sort.asl.json} (a Choice IsSmall with a rule to
 * Small and a Default to Big) run with the given inputs, written to {@code <dir>/1-test.sfn-coverage.json}.
 */
final class CoverageFixture {
  static final String SORT = "{\"StartAt\":\"IsSmall\",\"States\":{"
      + "\"IsSmall\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericLessThan\":10,\"Next\":\"Small\"}],"
      + "\"Default\":\"Big\"},"
      + "\"Small\":{\"Type\":\"Pass\",\"End\":true},"
      + "\"Big\":{\"Type\":\"Pass\",\"End\":true}}}";

  private CoverageFixture() {}

  static Path record(Path dir, String... inputs) throws IOException {
    return recordAs("1-test", dir, inputs);
  }

  /** The same, into {@code <dir>/sfn-coverage/<name>.sfn-coverage.json}, as another test JVM would. */
  static Path recordAs(String name, Path dir, String... inputs) throws IOException {
    Path definition = dir.resolve("sort.asl.json");
    Files.writeString(definition, SORT);
    StateMachine sm = StateMachine.fromFile(definition);
    CoverageData data = CoverageData.empty();
    for (String input : inputs) {
      data.record(sm, sm.execute(input, io.github.sfntestkit.ExecutionOptions.defaults()));
    }
    Path dataDir = dir.resolve("sfn-coverage");
    data.write(dataDir.resolve(name + ".sfn-coverage.json"));
    return dataDir;
  }
}
