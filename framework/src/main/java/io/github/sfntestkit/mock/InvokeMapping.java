package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;

/** How one integration ({@code http:invoke}, {@code apigateway:invoke}) maps parameters to HTTP and back. */
interface InvokeMapping {
  /** The request the effective parameters describe. */
  OutgoingRequest request(JsonNode parameters, String region) throws InvalidParameters;

  /** The task's failure for a non-2xx response ({@code result} is the would-be task result). */
  TaskResponse statusFailure(ObjectNode result, String rawBody);

  /** The task's failure when no response came (refused connection, timeout). */
  TaskResponse connectionFailure(URI target, IOException e);

  /** Why a header name may not be set, or null when it may. */
  String forbiddenHeader(String name);
}
