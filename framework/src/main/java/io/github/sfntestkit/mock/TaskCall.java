package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * What a task integration sees when a Task state calls it.
 *
 * @param stateName the Task state's name
 * @param resource the state's Resource ARN
 * @param input the effective input (after InputPath and Parameters)
 * @param callIndex 0-based index of this call among all calls of this state in the execution
 *     (retries and Map iterations included), as Step Functions Local counts them
 * @param attempt 0 for the first attempt of this state visit, n for the n-th retry
 * @param time the virtual time of the call
 * @param taskToken the task token for {@code .waitForTaskToken} resources, else null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TaskCall(
    String stateName,
    String resource,
    JsonNode input,
    int callIndex,
    int attempt,
    Instant time,
    String taskToken) {}
