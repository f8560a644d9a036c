package io.github.sfntestkit.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedRegionsTest {

  @Test
  void should_find_regions_by_name_or_by_class_and_name() {
    // GIVEN
    TaggedRegions regions = TaggedRegions.ofSource("a/src/test/java/p/ExampleTest.java", List.of(
        "class ExampleTest {",
        "  // tag::demo[]",
        "  void a() {",
        "    b();",
        "  }",
        "  // end::demo[]",
        "}"));
    // THEN
    assertThat(regions.named("demo")).singleElement().satisfies(r -> {
      assertThat(r.text()).isEqualTo("void a() {\n  b();\n}");
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.className()).isEqualTo("ExampleTest");
    });
    assertThat(regions.named("ExampleTest#demo")).hasSize(1);
    assertThat(regions.named("OtherTest#demo")).isEmpty();
    assertThat(regions.problems()).isEmpty();
  }

  @Test
  void should_report_nested_unclosed_and_mismatched_tags_with_their_line() {
    assertThat(TaggedRegions.ofSource("S.java", List.of("// tag::a[]", "// tag::b[]")).problems())
        .containsExactly("S.java:2: tag::b[] opens inside tag::a[]");
    assertThat(TaggedRegions.ofSource("S.java", List.of("// tag::a[]", "x")).problems())
        .containsExactly("S.java:1: tag::a[] is never closed");
    assertThat(TaggedRegions.ofSource("S.java", List.of("// tag::a[]", "// end::b[]")).problems())
        .containsExactly("S.java:2: end::b[] does not close tag::a[]");
  }
}
