package io.github.sfntestkit;

import org.apiguardian.api.API;

/** Misuse of the test kit (a missing mock, a bad mock file, ...). The message says how to fix it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SfnTestKitException extends RuntimeException {
  public SfnTestKitException(String message) {
    super(message);
  }

  public SfnTestKitException(String message, Throwable cause) {
    super(message, cause);
  }
}
