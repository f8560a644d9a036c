package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A call a Task state made, as {@link Mocks} recorded it: who called what with which input, when
 * (virtual time), the call index and the answer given.
 *
 * @param call the call as the interpreter made it
 * @param response the answer given
 * @param answeredBy the mock or injection that answered, as DSL text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RecordedCall(TaskCall call, TaskResponse response, String answeredBy) {
  public String stateName() {
    return call.stateName();
  }

  public String resource() {
    return call.resource();
  }

  public JsonNode input() {
    return call.input();
  }

  public int callIndex() {
    return call.callIndex();
  }

  public Instant time() {
    return call.time();
  }

  public String taskToken() {
    return call.taskToken();
  }

  public boolean failed() {
    return response.isFailure() || response.isNever();
  }
}
