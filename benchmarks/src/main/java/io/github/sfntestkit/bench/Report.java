package io.github.sfntestkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the comparison table of {@code docs/benchmarks.md}: median
 * ms per run, transitions/s, and the ratio to the peer (aws-local-stepfunctions 3.0.0, figures from
 * {@code shared/bench/README.md}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -rf json -rff jmh-result.json
 * java -cp benchmarks/target/benchmarks.jar io.github.sfntestkit.bench.Report jmh-result.json
 * </pre>
 */
public final class Report {
  private record Row(String workload, String benchmark, long transitionsPerOp, double peerMs,
      double peerTps) {}

  private static final List<Row> ROWS = List.of(
      new Row("pass-chain-1000", "PassChain1000Benchmark.run", 1_000, 26.2, 38_106),
      new Row("choice-loop-100k", "ChoiceLoop100kBenchmark.run", 200_001, 1_763, 113_437),
      new Row("map-10k", "Map10kBenchmark.run", 30_001, 842, 35_639),
      new Row("parallel-50", "Parallel50Benchmark.run", 1_001, 18.3, 54_649),
      new Row("retry-wait (x1000)", "RetryWaitBenchmark.run", 3_000, 55.5, 54_019),
      new Row("intrinsics-heavy", "IntrinsicsHeavyBenchmark.run", 40_001, 764, 52_366),
      new Row("payload-large", "PayloadLargeBenchmark.run", 100, 97.4, 1_026),
      new Row("many-small-executions, reused machine", "ManySmallExecutionsBenchmark.reuseMachine",
          100_000, 1_045, 95_718),
      new Row("many-small-executions, machine per execution",
          "ManySmallExecutionsBenchmark.constructPerExecution", 100_000, Double.NaN, Double.NaN));

  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report jmh-result.json");
      System.exit(2);
    }
    JsonNode results = Workload.MAPPER.readTree(Files.readString(Path.of(args[0])));
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText();
      byName.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), r);
    }
    System.out.println("| workload | transitions/op | median ms/op (ours) | transitions/s (ours) "
        + "| peer ms | peer transitions/s | ratio ours/peer |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Row row : ROWS) {
      JsonNode r = byName.get(row.benchmark());
      if (r == null) {
        continue;
      }
      double ms = toMillis(median(r), r.path("primaryMetric").path("scoreUnit").asText());
      double tps = row.transitionsPerOp() / (ms / 1000.0);
      System.out.printf(Locale.ROOT, "| %s | %,d | %s | %,.0f | %s | %s | %s |%n",
          row.workload(), row.transitionsPerOp(), fmt(ms), tps,
          Double.isNaN(row.peerMs()) ? "-" : fmt(row.peerMs()),
          Double.isNaN(row.peerTps()) ? "-" : String.format(Locale.ROOT, "%,.0f", row.peerTps()),
          Double.isNaN(row.peerTps()) ? "-" : String.format(Locale.ROOT, "%.1fx", tps / row.peerTps()));
    }
    JsonNode load = byName.get("DefinitionLoadBenchmark.loadValidateCompile");
    if (load != null) {
      double us = toMillis(median(load), load.path("primaryMetric").path("scoreUnit").asText()) * 1000;
      System.out.printf(Locale.ROOT,
          "%nload + validate + compile, 10-state definition: median %.1f us/op (peer: about 40 ms)%n", us);
    }
  }

  /** Median of all measured iterations (JMH's 50th percentile of the raw data). */
  private static double median(JsonNode result) {
    JsonNode p = result.path("primaryMetric").path("scorePercentiles").path("50.0");
    if (p.isNumber()) {
      return p.asDouble();
    }
    List<Double> all = new ArrayList<>();
    for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
      for (JsonNode v : fork) {
        all.add(v.asDouble());
      }
    }
    double[] a = all.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  private static double toMillis(double value, String unit) {
    switch (unit) {
      case "s/op":
        return value * 1000;
      case "ms/op":
        return value;
      case "us/op":
        return value / 1000;
      case "ns/op":
        return value / 1_000_000;
      default:
        throw new IllegalArgumentException("unsupported unit " + unit);
    }
  }

  private static String fmt(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms)
        : ms >= 1 ? String.format(Locale.ROOT, "%.2f", ms)
        : String.format(Locale.ROOT, "%.3f", ms);
  }
}
