/**
 * The JUnit Jupiter extension: {@link io.github.sfntestkit.junit.StateMachineTest} (or {@code
 * StateMachineExtension.builder()} with {@code @RegisterExtension}) loads and validates a definition
 * once, injects {@code StateMachine}, fresh {@code Mocks}, a {@link
 * io.github.sfntestkit.junit.StateMachineRunner} and {@code ExecutionOptions} into each test,
 * applies {@link io.github.sfntestkit.junit.InjectFailure}s, makes one dynamic test per Task state
 * and failure with {@link io.github.sfntestkit.junit.FailureScenarios}, and attaches the last
 * execution's report to a failing test. See {@code docs/junit.md}.
 */
package io.github.sfntestkit.junit;
