package io.github.sfntestkit.bench;

/**
 * The JSONata twin of {@link Map10kBenchmark}: the same state graph, input and expected output, with
 * the data flow written as JSONata (see {@link JsonataTwins}). Same JMH settings, inherited.
 */
public class Map10kJsonataBenchmark extends Map10kBenchmark {
  @Override
  protected String definition(Workload w) {
    return JsonataTwins.map();
  }
}
