package io.github.sfntestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgLineTest {

  @Test
  void should_quote_a_directory_with_spaces() {
    assertThat(ArgLine.with(null, "/home/a b/target/sfn-coverage"))
        .isEqualTo("\"-Dsfntestkit.coverage.dir=/home/a b/target/sfn-coverage\"");
  }

  @Test
  void should_replace_an_earlier_quoted_option_in_the_middle_of_the_line() {
    String line = "-Xmx1g \"-Dsfntestkit.coverage.dir=/old dir\" -ea";

    assertThat(ArgLine.with(line, "/new")).isEqualTo("-Xmx1g -Dsfntestkit.coverage.dir=/new -ea");
  }

  @Test
  void should_not_mistake_a_longer_property_name_for_its_own() {
    String line = "-Dsfntestkit.coverage.directory=/x";

    assertThat(ArgLine.with(line, "/new"))
        .isEqualTo("-Dsfntestkit.coverage.directory=/x -Dsfntestkit.coverage.dir=/new");
  }

  @Test
  void should_treat_a_blank_line_as_none() {
    assertThat(ArgLine.with("  ", "/d")).isEqualTo("-Dsfntestkit.coverage.dir=/d");
  }

  @Test
  void should_keep_dollar_signs_and_backslashes_of_the_existing_line() {
    assertThat(ArgLine.with("-Da=$b\\c -Dsfntestkit.coverage.dir=/old", "/n"))
        .isEqualTo("-Da=$b\\c -Dsfntestkit.coverage.dir=/n");
  }
}
