package io.github.sfntestkit;

import io.github.sfntestkit.mock.TaskIntegration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How one execution runs: the task integration (mocks), the virtual clock's start, the random seed,
 * the context-object values and limits. Immutable; {@code with*} methods return copies.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionOptions {
  /** AWS's limit on the events of a Standard execution's history. */
  public static final int AWS_HISTORY_LIMIT = 25_000;
  /** AWS's payload limit: 256 KiB of UTF-8. */
  public static final int AWS_PAYLOAD_LIMIT = 262_144;

  private final TaskIntegration integration;
  private final Instant startTime;
  private final long seed;
  private final String executionName;
  private final String stateMachineName;
  private final String region;
  private final String accountId;
  private final String roleArn;
  private final int maxHistoryEvents;
  private final int payloadLimit;

  private ExecutionOptions(
      TaskIntegration integration,
      Instant startTime,
      long seed,
      String executionName,
      String stateMachineName,
      String region,
      String accountId,
      String roleArn,
      int maxHistoryEvents,
      int payloadLimit) {
    this.integration = integration;
    this.startTime = startTime;
    this.seed = seed;
    this.executionName = executionName;
    this.stateMachineName = stateMachineName;
    this.region = region;
    this.accountId = accountId;
    this.roleArn = roleArn;
    this.maxHistoryEvents = maxHistoryEvents;
    this.payloadLimit = payloadLimit;
  }

  /** Defaults: no integration, clock at 2024-01-01T00:00:00Z, seed 0, AWS limits. */
  public static ExecutionOptions defaults() {
    return new ExecutionOptions(
        TaskIntegration.none(),
        Instant.parse("2024-01-01T00:00:00Z"),
        0L,
        "test-execution",
        "StateMachine",
        "us-east-1",
        "123456789012",
        "arn:aws:iam::123456789012:role/StepFunctionsRole",
        AWS_HISTORY_LIMIT,
        AWS_PAYLOAD_LIMIT);
  }

  public ExecutionOptions withIntegration(TaskIntegration integration) {
    return new ExecutionOptions(Objects.requireNonNull(integration), startTime, seed, executionName,
        stateMachineName, region, accountId, roleArn, maxHistoryEvents, payloadLimit);
  }

  public ExecutionOptions withStartTime(Instant startTime) {
    return new ExecutionOptions(integration, Objects.requireNonNull(startTime), seed, executionName,
        stateMachineName, region, accountId, roleArn, maxHistoryEvents, payloadLimit);
  }

  public ExecutionOptions withSeed(long seed) {
    return new ExecutionOptions(integration, startTime, seed, executionName, stateMachineName,
        region, accountId, roleArn, maxHistoryEvents, payloadLimit);
  }

  public ExecutionOptions withExecutionName(String name) {
    return new ExecutionOptions(integration, startTime, seed, Objects.requireNonNull(name),
        stateMachineName, region, accountId, roleArn, maxHistoryEvents, payloadLimit);
  }

  public ExecutionOptions withStateMachineName(String name) {
    return new ExecutionOptions(integration, startTime, seed, executionName,
        Objects.requireNonNull(name), region, accountId, roleArn, maxHistoryEvents, payloadLimit);
  }

  public ExecutionOptions withRoleArn(String roleArn) {
    return new ExecutionOptions(integration, startTime, seed, executionName, stateMachineName,
        region, accountId, Objects.requireNonNull(roleArn), maxHistoryEvents, payloadLimit);
  }

  /** Caps the history length; AWS fails a Standard execution at 25,000 events. 0 = unlimited. */
  public ExecutionOptions withMaxHistoryEvents(int max) {
    return new ExecutionOptions(integration, startTime, seed, executionName, stateMachineName,
        region, accountId, roleArn, max, payloadLimit);
  }

  /** The payload size limit in bytes; 0 disables the check. */
  public ExecutionOptions withPayloadLimit(int bytes) {
    return new ExecutionOptions(integration, startTime, seed, executionName, stateMachineName,
        region, accountId, roleArn, maxHistoryEvents, bytes);
  }

  public TaskIntegration integration() {
    return integration;
  }

  public Instant startTime() {
    return startTime;
  }

  public long seed() {
    return seed;
  }

  public String executionName() {
    return executionName;
  }

  public String stateMachineName() {
    return stateMachineName;
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  public String roleArn() {
    return roleArn;
  }

  public int maxHistoryEvents() {
    return maxHistoryEvents;
  }

  public int payloadLimit() {
    return payloadLimit;
  }

  public String stateMachineArn() {
    return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + stateMachineName;
  }

  public String executionArn() {
    return "arn:aws:states:" + region + ":" + accountId + ":execution:" + stateMachineName + ":"
        + executionName;
  }
}
