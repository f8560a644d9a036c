package io.github.sfntestkit.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void should_remove_common_indentation_trailing_spaces_and_outer_blank_lines() {
    assertThat(Text.dedent(List.of("", "    a  ", "", "      b", ""))).isEqualTo("a\n\n  b");
  }

  @Test
  void should_read_the_content_of_a_text_block_region() {
    assertThat(Text.textBlockContent("\"\"\"\n  Line \\\"one\\\"\\s\n    two\n  \"\"\"")).isEqualTo("Line \"one\" \n  two");
    assertThat(Text.textBlockContent("\"\"\"\nfirst \\\nsecond\"\"\");")).isEqualTo("first second");
    assertThat(Text.textBlockContent("\"\"\"\n    kept\n  \"\"\"")).isEqualTo("  kept");
  }

  @Test
  void should_not_take_other_code_for_a_text_block() {
    assertThat(Text.textBlockContent("a();\nb();")).isNull();
    assertThat(Text.textBlockContent("\"\"\"\nx\n\"\"\" + \"\"\"\ny\n\"\"\"")).isNull();
  }

  @Test
  void should_match_an_ellipsis_within_a_line_or_for_whole_lines() {
    assertThat(Text.matchesWithEllipsis("{\"status\":\"OK\",\"events\":[...]}", "{\"status\":\"OK\",\"events\":[{\"id\":1}]}"))
        .isTrue();
    assertThat(Text.matchesWithEllipsis("first\n...\nlast", "first\na\nb\nlast")).isTrue();
    assertThat(Text.matchesWithEllipsis("a...c", "ab\nc")).isFalse();
    assertThat(Text.matchesWithEllipsis("exact (1+1)", "exact (1+1)")).isTrue();
    assertThat(Text.matchesWithEllipsis("exact", "exactly")).isFalse();
  }
}
