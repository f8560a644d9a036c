package io.github.sfntestkit.assertj.error;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.assertj.Executions;
import io.github.sfntestkit.mock.Mocks;

/** The executions the factory tests describe: the assertion tests' own ({@link Executions}). */
final class FactoryFixtures {
  static final String PAYMENT = Executions.PAYMENT;
  static final String ITEMS = Executions.ITEMS;

  private FactoryFixtures() {}

  /** Declined after two throttles, or paid with {"status":"PAID","total":42}. */
  static ExecutionResult run(Mocks mocks, boolean declined) {
    return declined ? Executions.declined(mocks) : Executions.paid(mocks);
  }
}
