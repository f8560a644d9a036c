package io.github.sfntestkit.coverage;

import io.github.sfntestkit.SfnTestKitException;
import org.apiguardian.api.API;

/**
 * A coverage input the test kit cannot use: a corrupt or unreadable coverage data file, a missing
 * data directory, a malformed threshold. The message names the file or the text, and what to fix.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CoverageException extends SfnTestKitException {
  public CoverageException(String message) {
    super(message);
  }

  public CoverageException(String message, Throwable cause) {
    super(message, cause);
  }
}
