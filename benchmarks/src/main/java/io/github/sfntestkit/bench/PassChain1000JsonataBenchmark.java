package io.github.sfntestkit.bench;

/**
 * The JSONata twin of {@link PassChain1000Benchmark}: the same state graph, input and expected output, with
 * the data flow written as JSONata (see {@link JsonataTwins}). Same JMH settings, inherited.
 */
public class PassChain1000JsonataBenchmark extends PassChain1000Benchmark {
  @Override
  protected String definition(Workload w) {
    return JsonataTwins.passChain(1000);
  }
}
