package io.github.sfntestkit.mock;

import org.apiguardian.api.API;

/** Computes a task's response from the call: the most general way to answer a mock. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Answer {
  TaskResponse answer(TaskCall call);
}
