/**
 * Failure messages of the sfn-testkit assertions, one {@code Should*} class per family. Every message
 * uses AssertJ's layout and ends with the path the execution took.
 */
package io.github.sfntestkit.assertj.error;
