package io.github.sfntestkit.mock;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as an integration's parameters describe it, before it is routed to a loopback
 * base URL.
 *
 * @param method the HTTP method
 * @param origin where AWS would send it, lower case, e.g. {@code https://api.stripe.com}
 * @param path the raw (percent-encoded) path, starting with {@code /}, or empty
 * @param query the raw (percent-encoded) query without {@code ?}, or empty
 * @param headers header values by name, in order
 * @param body the body text, or null for none
 * @param connectionArn the HTTP Task's EventBridge connection, recorded only (null for API Gateway)
 */
record OutgoingRequest(
    String method,
    String origin,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    String connectionArn) {

  /** Where AWS would send the request, without the query: the key routes match on. */
  String location() {
    return origin + path;
  }
}
