package io.github.sfntestkit.docs.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.docs.check.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/asl-support.md true. Each table introduced by {@code <!-- support-table: KEY -->} must
 * list exactly what the engine knows for KEY ({@link EngineCatalog}, {@link EngineProbes}); a row
 * marked {@code supported} or {@code partial} links an example of docs/src/test/resources/support/
 * that uses the feature, and every example runs as it says; other statuses explain themselves.
 */
class AslSupportMatrixTest {
  private static final Repository REPOSITORY = Repository.find();
  private static final String PAGE = "docs/asl-support.md";
  private static final String EXAMPLES = "docs/src/test/resources/support/";
  private static final Set<String> STATUSES = Set.of("supported", "partial", "accepted", "not supported", "not raised");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Integration rows by the engine's resource kinds and patterns. */
  private static final Map<String, List<String>> INTEGRATION_ROWS = Map.of(
      "Kind.LAMBDA_FUNCTION", List.of("arn:aws:lambda:REGION:ACCOUNT:function:NAME"),
      "Kind.ACTIVITY", List.of("arn:aws:states:REGION:ACCOUNT:activity:NAME"),
      "Kind.SERVICE", List.of("arn:aws:states:::SERVICE:API", "arn:aws:states:::aws-sdk:SERVICE:API"),
      "Pattern.REQUEST_RESPONSE", List.of("arn:aws:states:::SERVICE:API"),
      "Pattern.SYNC", List.of(".sync"),
      "Pattern.WAIT_FOR_TASK_TOKEN", List.of(".waitForTaskToken"));

  private static final Map<String, Pattern> INTEGRATION_USE = Map.of(
      "arn:aws:lambda:REGION:ACCOUNT:function:NAME", Pattern.compile("^arn:aws:lambda:[^:]+:\\d+:function:[^:]+$"),
      "arn:aws:states:REGION:ACCOUNT:activity:NAME", Pattern.compile("^arn:aws:states:[^:]+:\\d+:activity:.+$"),
      "arn:aws:states:::SERVICE:API", Pattern.compile("^arn:aws:states:::(?!aws-sdk:)[\\w-]+:\\w+$"),
      "arn:aws:states:::aws-sdk:SERVICE:API", Pattern.compile("^arn:aws:states:::aws-sdk:[\\w-]+:\\w+"),
      ".sync", Pattern.compile("\\.sync(:\\d+)?$"),
      ".waitForTaskToken", Pattern.compile("\\.waitForTaskToken$"));

  private static final List<String> MAP_OBJECTS =
      List.of("ProcessorConfig", "ItemReader", "ReaderConfig", "ItemBatcher", "ResultWriter", "WriterConfig");

  /** What the engine knows, by table key. */
  static Map<String, List<String>> engine() {
    Map<String, List<String>> engine = new LinkedHashMap<>();
    engine.put("state-types", EngineCatalog.stateTypes());
    engine.put("top-level", EngineCatalog.topLevelFields());
    for (String type : EngineCatalog.stateTypes()) {
      Set<String> fields = new LinkedHashSet<>(EngineCatalog.fields(type, false));
      fields.addAll(EngineCatalog.fields(type, true));
      engine.put("fields:" + type, List.copyOf(fields));
    }
    engine.put("intrinsics", EngineCatalog.intrinsics());
    engine.put("choice-operators", EngineCatalog.choiceOperators());
    engine.put("retrier", EngineCatalog.retrierFields());
    engine.put("catcher", EngineCatalog.catcherFields());
    EngineCatalog.mapObjectFields().forEach((object, fields) -> engine.put("map:" + object, fields));
    engine.put("errors", EngineCatalog.errorNames());
    engine.put("context-object", EngineProbes.contextObject());
    engine.put("jsonata-states", EngineProbes.jsonataStates());
    engine.put("jsonata-functions", EngineCatalog.jsonataFunctions(REPOSITORY));
    Set<String> integrations = new LinkedHashSet<>();
    for (String constant : EngineCatalog.integrationPatterns()) {
      List<String> rows = INTEGRATION_ROWS.get(constant);
      integrations.addAll(rows == null ? List.of("(unmapped engine constant " + constant + ")") : rows);
    }
    engine.put("integrations", List.copyOf(integrations));
    return engine;
  }

  private static List<SupportTable> tables() {
    return SupportTable.read(List.of(REPOSITORY.read(PAGE).split("\\R", -1)));
  }

  /** Tables about the conformance corpus rather than engine lists. */
  private static final Set<String> CORPUS_TABLES = Set.of("conformance", "known-differences");

  @Test
  void the_page_has_one_table_per_engine_list() {
    List<String> keys = tables().stream().map(SupportTable::key).filter(k -> !CORPUS_TABLES.contains(k)).toList();
    assertThat(keys).as("<!-- support-table: KEY --> tables of %s", PAGE)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(engine().keySet());
  }

  @TestFactory
  Stream<DynamicTest> each_table_lists_exactly_what_the_engine_knows() {
    Map<String, List<String>> engine = engine();
    return tables().stream().filter(t -> engine.containsKey(t.key())).map(t -> DynamicTest.dynamicTest(t.key(), () -> {
      List<String> listed = t.rows().stream().flatMap(r -> r.features().stream()).toList();
      Set<String> known = new LinkedHashSet<>(engine.get(t.key()));
      List<String> missing = known.stream().filter(n -> !listed.contains(n)).toList();
      List<String> unknown = listed.stream().filter(n -> !known.contains(n)).toList();
      assertThat(missing).as("%s:%d (%s): the engine knows these, add a row for each", PAGE, t.line(), t.key())
          .isEmpty();
      assertThat(unknown).as("%s:%d (%s): the engine does not know these, remove or fix them", PAGE, t.line(), t.key())
          .isEmpty();
      assertThat(listed).as("%s:%d (%s): listed twice", PAGE, t.line(), t.key()).doesNotHaveDuplicates();
      if (t.key().startsWith("fields:")) {
        checkLanguages(t, t.key().substring("fields:".length()));
      }
    }));
  }

  /** The JSONPath and JSONata columns of a state type's table say what the validator accepts. */
  private static void checkLanguages(SupportTable t, String type) {
    Set<String> jsonPath = new LinkedHashSet<>(EngineCatalog.fields(type, false));
    Set<String> jsonata = new LinkedHashSet<>(EngineCatalog.fields(type, true));
    for (SupportTable.Row row : t.rows()) {
      for (String field : row.features()) {
        assertThat(yes(row.cell(t.header(), "JSONPath"))).as("%s:%d: JSONPath column of %s", PAGE, row.line(), field)
            .isEqualTo(jsonPath.contains(field));
        assertThat(yes(row.cell(t.header(), "JSONata"))).as("%s:%d: JSONata column of %s", PAGE, row.line(), field)
            .isEqualTo(jsonata.contains(field));
      }
    }
  }

  private static boolean yes(String cell) {
    if (cell == null || !(cell.equals("yes") || cell.equals("-"))) {
      throw new AssertionError("a JSONPath / JSONata cell must be \"yes\" or \"-\", not " + cell);
    }
    return cell.equals("yes");
  }

  @TestFactory
  Stream<DynamicTest> each_row_has_a_status_and_a_runnable_example_or_a_reason() {
    return tables().stream().filter(t -> !CORPUS_TABLES.contains(t.key()))
        .flatMap(t -> t.rows().stream().map(row -> DynamicTest.dynamicTest(
        t.key() + " " + row.features(), () -> checkRow(t, row))));
  }

  private static void checkRow(SupportTable t, SupportTable.Row row) {
    String where = PAGE + ":" + row.line();
    String status = row.cell(t.header(), "status");
    assertThat(status).as("%s: status (one of %s)", where, STATUSES).isIn(STATUSES);
    List<String> links = row.links(t.header(), "example / notes").stream()
        .filter(link -> link.contains("src/test/resources/support/")).toList();
    String notes = row.cell(t.header(), "example / notes");
    if (status.equals("supported") || status.equals("partial")) {
      assertThat(links).as("%s: a %s row links an example under %s", where, status, EXAMPLES).isNotEmpty();
      for (String feature : row.features()) {
        boolean used = false;
        for (String link : links) {
          Path file = REPOSITORY.resolve("docs").resolve(link).normalize();
          assertThat(REPOSITORY.relative(file)).as("%s: link %s", where, link).startsWith(EXAMPLES);
          assertThat(file).as("%s: link %s", where, link).isRegularFile();
          used |= Uses.of(t.key(), feature, SupportExample.read(file).root());
        }
        assertThat(used).as("%s: none of the linked examples %s uses %s (table %s)", where, links, feature, t.key())
            .isTrue();
      }
    }
    if (!status.equals("supported")) {
      assertThat(notes).as("%s: a %s row says why", where, status).isNotBlank();
    }
  }

  @TestFactory
  Stream<DynamicTest> each_example_runs_as_it_says() throws IOException {
    return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> SupportExample.read(file).check()));
  }

  @Test
  void each_example_is_linked_from_the_page() throws IOException {
    String page = REPOSITORY.read(PAGE);
    assertThat(examples()).as("examples under %s that %s never links", EXAMPLES, PAGE)
        .allSatisfy(file -> assertThat(page).contains("src/test/resources/support/" + file.getFileName()));
  }

  private static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(REPOSITORY.resolve(EXAMPLES))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  // ------------------------------------------------------------------ conformance figures

  @Test
  void the_conformance_table_shows_the_ci_baseline_and_the_corpus_size() throws IOException {
    // GIVEN
    JsonNode baseline = JSON.readTree(REPOSITORY.read(".ci/conformance-baseline.json"));
    Path corpus = REPOSITORY.root().resolve("../shared/conformance/aws-recorded").normalize();
    SupportTable table = table("conformance");
    // THEN
    Map<String, String> shown = new TreeMap<>();
    for (SupportTable.Row row : table.rows()) {
      shown.put(row.features().get(0), row.cell(table.header(), "passing"));
    }
    Map<String, String> expected = new TreeMap<>();
    boolean haveCorpus = Files.isDirectory(corpus);
    for (String category : iterable(baseline.fieldNames())) {
      expected.put(category, baseline.get(category).asInt() + "/" + (haveCorpus ? count(corpus.resolve(category)) : "?"));
    }
    if (!haveCorpus) {
      shown.replaceAll((k, v) -> v.substring(0, v.indexOf('/') + 1) + "?");
    }
    assertThat(shown).as("%s:%d: passing/total per category (.ci/conformance-baseline.json and %s)",
        PAGE, table.line(), corpus).isEqualTo(expected);
  }

  @Test
  void the_known_differences_are_the_cases_that_do_not_pass() throws IOException {
    Path corpus = REPOSITORY.root().resolve("../shared/conformance/aws-recorded").normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared conformance corpus is not beside the checkout");
    JsonNode baseline = JSON.readTree(REPOSITORY.read(".ci/conformance-baseline.json"));
    int failing = 0;
    for (String category : iterable(baseline.fieldNames())) {
      failing += count(corpus.resolve(category)) - baseline.get(category).asInt();
    }
    SupportTable table = table("known-differences");
    assertThat(table.rows()).as("%s:%d: one row per case that does not pass", PAGE, table.line()).hasSize(failing);
    for (SupportTable.Row row : table.rows()) {
      String name = row.features().get(0);
      assertThat(corpus.resolve(name + ".json")).as("%s:%d: a case of the corpus", PAGE, row.line()).isRegularFile();
    }
  }

  private static SupportTable table(String key) {
    return tables().stream().filter(t -> t.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError(PAGE + " has no <!-- support-table: " + key + " -->"));
  }

  private static int count(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /** Whether an example uses a feature, by table key. */
  static final class Uses {
    private Uses() {}

    static boolean of(String key, String feature, JsonNode example) {
      JsonNode definition = example.get("definition");
      String text = example.toString();
      if (key.equals("state-types")) {
        return states(definition).stream().anyMatch(s -> s.path("Type").asText().equals(feature));
      }
      if (key.equals("top-level")) {
        return definition.has(feature);
      }
      if (key.startsWith("fields:")) {
        String type = key.substring("fields:".length());
        return states(definition).stream().anyMatch(s -> s.path("Type").asText().equals(type) && s.has(feature));
      }
      if (key.equals("choice-operators")) {
        return !definition.findParents(feature).isEmpty();
      }
      if (key.equals("retrier") || key.equals("catcher")) {
        String list = key.equals("retrier") ? "Retry" : "Catch";
        return states(definition).stream().anyMatch(s -> {
          for (JsonNode entry : s.path(list)) {
            if (entry.has(feature)) {
              return true;
            }
          }
          return false;
        });
      }
      if (key.startsWith("map:")) {
        String object = key.substring("map:".length());
        return states(definition).stream().filter(s -> s.path("Type").asText().equals("Map"))
            .map(s -> mapObject(s, object)).anyMatch(o -> o != null && o.has(feature));
      }
      if (key.equals("context-object")) {
        String path = feature.substring("$$.".length());
        return text.contains(feature) || text.contains("$states.context." + path);
      }
      if (key.equals("integrations")) {
        Pattern use = INTEGRATION_USE.get(feature);
        return use != null && states(definition).stream()
            .anyMatch(s -> s.path("Type").asText().equals("Task") && use.matcher(s.path("Resource").asText()).find());
      }
      if (key.equals("jsonata-functions")) {
        return text.contains(feature + "(");
      }
      return text.contains(feature);
    }

    private static JsonNode mapObject(JsonNode map, String object) {
      switch (object) {
        case "ProcessorConfig":
          JsonNode processor = map.has("ItemProcessor") ? map.get("ItemProcessor") : map.get("Iterator");
          return processor == null ? null : processor.get("ProcessorConfig");
        case "ReaderConfig":
          return map.path("ItemReader").get("ReaderConfig");
        case "WriterConfig":
          return map.path("ResultWriter").get("WriterConfig");
        default:
          return map.get(object);
      }
    }

    /** Every state of the definition, nested ones included. */
    static List<JsonNode> states(JsonNode definition) {
      List<JsonNode> out = new ArrayList<>();
      definition.path("States").forEach(s -> {
        out.add(s);
        s.path("Branches").forEach(b -> out.addAll(states(b)));
        if (s.has("ItemProcessor")) {
          out.addAll(states(s.get("ItemProcessor")));
        }
        if (s.has("Iterator")) {
          out.addAll(states(s.get("Iterator")));
        }
      });
      return out;
    }
  }
}
