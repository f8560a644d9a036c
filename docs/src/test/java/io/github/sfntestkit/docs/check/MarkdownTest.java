package io.github.sfntestkit.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void should_read_blocks_with_their_language_line_and_markers() {
    // GIVEN
    List<String> page = List.of(
        "Text.",
        "<!-- snippet: first -->",
        "",
        "```Java",
        "  a();",
        "```",
        "<!-- not-code: a grammar -->",
        "prose resets markers",
        "```",
        "x",
        "```");
    // WHEN
    List<Markdown.Block> blocks = Markdown.blocks("p.md", page);
    // THEN
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).line()).isEqualTo(4);
    assertThat(blocks.get(0).endLine()).isEqualTo(6);
    assertThat(blocks.get(0).language()).isEqualTo("java");
    assertThat(blocks.get(0).markers()).containsExactly(java.util.Map.entry("snippet", "first"));
    assertThat(blocks.get(0).text()).isEqualTo("a();");
    assertThat(blocks.get(1).markers()).isEmpty();
    assertThat(blocks.get(1).where()).isEqualTo("p.md:9");
  }

  @Test
  void should_read_an_indented_block_of_a_list_item_without_its_indentation() {
    // GIVEN
    List<String> page = List.of("- item", "", "  <!-- not-code: output -->", "  ```", "  line 1", "    line 2", "  ```");
    // WHEN
    Markdown.Block block = Markdown.blocks("p.md", page).get(0);
    // THEN
    assertThat(block.body()).containsExactly("line 1", "  line 2");
    assertThat(block.marker("not-code")).isEqualTo("output");
  }

  @Test
  void should_report_an_unclosed_fence() {
    // WHEN
    Markdown.Block block = Markdown.blocks("p.md", List.of("```bash", "ls")).get(0);
    // THEN
    assertThat(block.closed()).isFalse();
    assertThat(block.endLine()).isEqualTo(2);
  }

  @Test
  void should_tell_whether_only_blank_lines_separate_two_blocks() {
    // GIVEN
    List<String> page = List.of("```bash", "a", "```", "", "```text", "b", "```", "prose", "```text", "c", "```");
    List<Markdown.Block> blocks = Markdown.blocks("p.md", page);
    // THEN
    assertThat(Markdown.onlyBlankBetween(page, blocks.get(0), blocks.get(1))).isTrue();
    assertThat(Markdown.onlyBlankBetween(page, blocks.get(1), blocks.get(2))).isFalse();
  }
}
