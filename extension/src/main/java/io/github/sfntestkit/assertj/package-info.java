/**
 * AssertJ assertions over executions: {@code StateMachineAssertions.assertThat(result)}, soft
 * assertions with {@code SoftStateMachineAssertions}. Failure messages come from
 * {@code io.github.sfntestkit.assertj.error} and end with the path the execution took.
 */
package io.github.sfntestkit.assertj;
