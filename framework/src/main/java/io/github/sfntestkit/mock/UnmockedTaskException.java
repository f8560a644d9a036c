package io.github.sfntestkit.mock;

import io.github.sfntestkit.SfnTestKitException;
import org.apiguardian.api.API;

/** No mock answers a Task state's call. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class UnmockedTaskException extends SfnTestKitException {
  public UnmockedTaskException(String message) {
    super(message);
  }

  /** The standard message: which state, which resource, which call, and how to mock it. */
  public static UnmockedTaskException forCall(TaskCall call, String detail) {
    return new UnmockedTaskException(
        "No mock answers Task state \""
            + call.stateName()
            + "\" (resource "
            + call.resource()
            + ", call #"
            + (call.callIndex() + 1)
            + ")."
            + (detail == null ? "" : " " + detail)
            + "\nAdd one: a response for \""
            + call.stateName()
            + "\" in the mock configuration, e.g. a MockConfigFile test case entry \""
            + call.stateName()
            + "\": \"<ResponseName>\" with a \""
            + call.callIndex()
            + "\" entry under MockedResponses.<ResponseName>.");
  }
}
