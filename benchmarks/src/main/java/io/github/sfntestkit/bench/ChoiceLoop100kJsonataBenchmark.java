package io.github.sfntestkit.bench;

/**
 * The JSONata twin of {@link ChoiceLoop100kBenchmark}: the same state graph, input and expected output, with
 * the data flow written as JSONata (see {@link JsonataTwins}). Same JMH settings, inherited.
 */
public class ChoiceLoop100kJsonataBenchmark extends ChoiceLoop100kBenchmark {
  @Override
  protected String definition(Workload w) {
    return JsonataTwins.choiceLoop();
  }
}
