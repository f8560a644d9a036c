package io.github.sfntestkit;

import io.github.sfntestkit.mock.TaskIntegration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How one execution runs: the task integration (mocks), the virtual clock's start, the random seed,
 * the context-object values, the workflow type and limits. Immutable; {@code with*} methods return
 * copies.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionOptions {
  /** AWS's limit on the events of a Standard execution's history. */
  public static final int AWS_HISTORY_LIMIT = 25_000;
  /** AWS's payload limit: 256 KiB of UTF-8. */
  public static final int AWS_PAYLOAD_LIMIT = 262_144;
  /** How long an Express execution may run: five minutes. */
  public static final int EXPRESS_MAX_SECONDS = 300;

  /** The workflow type: where AWS's semantics differ, the interpreter follows the type. */
  public enum WorkflowType {
    /** Exactly-once task calls, up to a year, a 25,000-event history. */
    STANDARD,
    /** At most five minutes (then TIMED_OUT); no history-length limit; at-least-once task calls. */
    EXPRESS
  }

  private TaskIntegration integration = TaskIntegration.none();
  private Instant startTime = Instant.parse("2024-01-01T00:00:00Z");
  private long seed;
  private String executionName = "test-execution";
  private String stateMachineName = "StateMachine";
  private String region = "us-east-1";
  private String accountId = "123456789012";
  private String roleArn = "arn:aws:iam::123456789012:role/StepFunctionsRole";
  private int maxHistoryEvents = AWS_HISTORY_LIMIT;
  private int payloadLimit = AWS_PAYLOAD_LIMIT;
  private WorkflowType type = WorkflowType.STANDARD;
  private boolean redeliverTaskCalls;

  private ExecutionOptions() {}

  /**
   * Defaults: no integration, clock at 2024-01-01T00:00:00Z, seed 0, STANDARD, AWS limits, context
   * values for account 123456789012 in us-east-1.
   */
  public static ExecutionOptions defaults() {
    return new ExecutionOptions();
  }

  private ExecutionOptions copy() {
    ExecutionOptions c = new ExecutionOptions();
    c.integration = integration;
    c.startTime = startTime;
    c.seed = seed;
    c.executionName = executionName;
    c.stateMachineName = stateMachineName;
    c.region = region;
    c.accountId = accountId;
    c.roleArn = roleArn;
    c.maxHistoryEvents = maxHistoryEvents;
    c.payloadLimit = payloadLimit;
    c.type = type;
    c.redeliverTaskCalls = redeliverTaskCalls;
    return c;
  }

  public ExecutionOptions withIntegration(TaskIntegration integration) {
    ExecutionOptions c = copy();
    c.integration = Objects.requireNonNull(integration, "integration");
    return c;
  }

  public ExecutionOptions withStartTime(Instant startTime) {
    ExecutionOptions c = copy();
    c.startTime = Objects.requireNonNull(startTime, "startTime");
    return c;
  }

  public ExecutionOptions withSeed(long seed) {
    ExecutionOptions c = copy();
    c.seed = seed;
    return c;
  }

  public ExecutionOptions withExecutionName(String name) {
    ExecutionOptions c = copy();
    c.executionName = Objects.requireNonNull(name, "name");
    return c;
  }

  public ExecutionOptions withStateMachineName(String name) {
    ExecutionOptions c = copy();
    c.stateMachineName = Objects.requireNonNull(name, "name");
    return c;
  }

  public ExecutionOptions withRoleArn(String roleArn) {
    ExecutionOptions c = copy();
    c.roleArn = Objects.requireNonNull(roleArn, "roleArn");
    return c;
  }

  public ExecutionOptions withRegion(String region) {
    ExecutionOptions c = copy();
    c.region = Objects.requireNonNull(region, "region");
    return c;
  }

  public ExecutionOptions withAccountId(String accountId) {
    ExecutionOptions c = copy();
    c.accountId = Objects.requireNonNull(accountId, "accountId");
    return c;
  }

  /** Caps the history length; AWS fails a Standard execution at 25,000 events. 0 = unlimited. */
  public ExecutionOptions withMaxHistoryEvents(int max) {
    ExecutionOptions c = copy();
    c.maxHistoryEvents = max;
    return c;
  }

  /** The payload size limit in bytes; 0 disables the check. */
  public ExecutionOptions withPayloadLimit(int bytes) {
    ExecutionOptions c = copy();
    c.payloadLimit = bytes;
    return c;
  }

  /**
   * Runs as an Express workflow: the execution times out after five minutes of virtual time (a
   * shorter state machine TimeoutSeconds still applies) and the history has no length limit.
   */
  public ExecutionOptions express() {
    ExecutionOptions c = copy();
    c.type = WorkflowType.EXPRESS;
    c.maxHistoryEvents = 0;
    return c;
  }

  /**
   * Delivers every task call twice to the integration, as Express workflows' at-least-once
   * semantics allow, so a test can check that handlers and mocks are idempotent. The second answer
   * is the one used.
   */
  public ExecutionOptions withRedeliveredTaskCalls() {
    ExecutionOptions c = copy();
    c.redeliverTaskCalls = true;
    return c;
  }

  public TaskIntegration integration() {
    return integration;
  }

  public Instant startTime() {
    return startTime;
  }

  /** The virtual clock executions with these options run on (starting at {@link #startTime()}). */
  public io.github.sfntestkit.time.VirtualClock clock() {
    return io.github.sfntestkit.time.VirtualClock.startingAt(startTime);
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

  public WorkflowType type() {
    return type;
  }

  public boolean redeliversTaskCalls() {
    return redeliverTaskCalls;
  }

  public String stateMachineArn() {
    return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + stateMachineName;
  }

  /** The execution ARN; Express executions use AWS's {@code express:} form. */
  public String executionArn() {
    return "arn:aws:states:" + region + ":" + accountId + (type == WorkflowType.EXPRESS ? ":express:" : ":execution:")
        + stateMachineName + ":" + executionName;
  }
}
