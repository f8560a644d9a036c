package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * What one visit of a state must show: an entry of {@code expect.states}.
 *
 * <pre>{@code
 * # states: {ChargeCard: {visit: 1, caught: Payment.Declined, next: PaymentFailed, entered: 1}}
 * StateExpectation e = scenario.expectations().states().get("ChargeCard");
 * e.visit();    // 1: the visit input, output, next, caught and retries look at
 * e.caught();   // Optional[Payment.Declined]
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateExpectation {
  private final int visit;
  private final Integer entered;
  private final JsonNode input;
  private final JsonNode output;
  private final JsonNode outputContains;
  private final String next;
  private final String caught;
  private final Integer retries;

  StateExpectation(int visit, Integer entered, JsonNode input, JsonNode output, JsonNode outputContains,
      String next, String caught, Integer retries) {
    this.visit = visit;
    this.entered = entered;
    this.input = input == null ? null : input.deepCopy();
    this.output = output == null ? null : output.deepCopy();
    this.outputContains = outputContains == null ? null : outputContains.deepCopy();
    this.next = next;
    this.caught = caught;
    this.retries = retries;
  }

  /** Which visit (from 1) the other checks look at; {@code visit:} in the file, default 1. */
  public int visit() {
    return visit;
  }

  /** How many times the state must have been entered in total ({@code entered:}). */
  public OptionalInt entered() {
    return entered == null ? OptionalInt.empty() : OptionalInt.of(entered);
  }

  /** The visit's input, compared for equality ({@code input:}). */
  public Optional<JsonNode> input() {
    return Optional.ofNullable(input).map(JsonNode::deepCopy);
  }

  /** The visit's output, compared for equality ({@code output:}). */
  public Optional<JsonNode> output() {
    return Optional.ofNullable(output).map(JsonNode::deepCopy);
  }

  /** What the visit's output must contain ({@code outputContains:}). */
  public Optional<JsonNode> outputContains() {
    return Optional.ofNullable(outputContains).map(JsonNode::deepCopy);
  }

  /** The state the visit went to ({@code next:}). */
  public Optional<String> next() {
    return Optional.ofNullable(next);
  }

  /** The error the visit's Catcher caught ({@code caught:}). */
  public Optional<String> caught() {
    return Optional.ofNullable(caught);
  }

  /** How many times the visit was retried ({@code retries:}). */
  public OptionalInt retries() {
    return retries == null ? OptionalInt.empty() : OptionalInt.of(retries);
  }
}
