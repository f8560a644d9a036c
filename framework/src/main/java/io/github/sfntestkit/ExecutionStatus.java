package io.github.sfntestkit;

import org.apiguardian.api.API;

/** How an execution ended, as AWS reports it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExecutionStatus {
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED
}
