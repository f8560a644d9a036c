package it.simple;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import org.junit.jupiter.api.Test;

@StateMachineTest("simple.asl.json")
class SimpleTest {

  @Test
  void small_numbers_take_the_small_path(StateMachineRunner sfn) {
    assertThat(sfn.run("{\"n\": 1}")).succeeded().visitedInOrder("IsSmall", "Small");
  }
}
