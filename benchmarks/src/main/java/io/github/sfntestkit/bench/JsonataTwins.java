package io.github.sfntestkit.bench;

/**
 * JSONata twins of the JSONPath workloads: the same state graph and the same output, with each
 * Parameters/ResultPath/ItemSelector/Choice rule written as JSONata Output, ItemSelector and
 * Condition. They measure what the JSONata query language costs against JSONPath.
 */
final class JsonataTwins {
  private JsonataTwins() {}

  /** pass-chain-1000: each state merges {step, prev, tag} into $.acc. */
  static String passChain(int states) {
    StringBuilder b = new StringBuilder("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S0000\",\"States\":{");
    for (int k = 0; k < states; k++) {
      String name = String.format(java.util.Locale.ROOT, "S%04d", k);
      String next = k + 1 < states ? String.format(java.util.Locale.ROOT, "\"Next\":\"S%04d\"", k + 1) : "\"End\":true";
      b.append(k == 0 ? "" : ",").append('"').append(name).append("\":{\"Type\":\"Pass\",\"Output\":")
          .append("\"{% $merge([$states.input, {'acc': {'step': ").append(k)
          .append(", 'prev': $states.input.acc.step, 'tag': $states.input.meta.tag}}]) %}\",")
          .append(next).append('}');
    }
    return b.append("}}").toString();
  }

  /** choice-loop-100k: Incr adds one, Check loops while i < 100000. */
  static String choiceLoop() {
    return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"Incr\",\"States\":{"
        + "\"Incr\":{\"Type\":\"Pass\",\"Output\":\"{% {'i': $states.input.i + 1} %}\",\"Next\":\"Check\"},"
        + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Condition\":\"{% $states.input.i < 100000 %}\","
        + "\"Next\":\"Incr\"}],\"Default\":\"Done\"},"
        + "\"Done\":{\"Type\":\"Succeed\"}}}";
  }

  /** map-10k: inline Map over items with an ItemSelector, Choice, High/Low and Finish. */
  static String map() {
    return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"Fanout\",\"States\":{\"Fanout\":{\"Type\":\"Map\","
        + "\"Items\":\"{% $states.input.items %}\",\"MaxConcurrency\":0,"
        + "\"ItemSelector\":{\"index\":\"{% $states.context.Map.Item.Index %}\","
        + "\"id\":\"{% $states.context.Map.Item.Value.id %}\",\"v\":\"{% $states.context.Map.Item.Value.v %}\"},"
        + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"INLINE\"},\"StartAt\":\"Classify\",\"States\":{"
        + "\"Classify\":{\"Type\":\"Choice\",\"Choices\":[{\"Condition\":\"{% $states.input.v >= 5 %}\","
        + "\"Next\":\"High\"}],\"Default\":\"Low\"},"
        + "\"High\":{\"Type\":\"Pass\",\"Output\":{\"index\":\"{% $states.input.index %}\","
        + "\"id\":\"{% $states.input.id %}\",\"band\":\"high\"},\"Next\":\"Finish\"},"
        + "\"Low\":{\"Type\":\"Pass\",\"Output\":{\"index\":\"{% $states.input.index %}\","
        + "\"id\":\"{% $states.input.id %}\",\"band\":\"low\"},\"Next\":\"Finish\"},"
        + "\"Finish\":{\"Type\":\"Pass\",\"Output\":{\"index\":\"{% $states.input.index %}\","
        + "\"id\":\"{% $states.input.id %}\",\"band\":\"{% $states.input.band %}\",\"ok\":true},\"End\":true}"
        + "}},\"End\":true}}}";
  }
}
