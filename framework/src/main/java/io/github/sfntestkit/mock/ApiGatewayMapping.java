package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * API Gateway ({@code arn:aws:states:::apigateway:invoke}), as "Call API Gateway with Step
 * Functions" describes it: the URL is {@code https://<ApiEndpoint>/<Stage>/<Path>}; {@code Headers}
 * and {@code QueryParameters} map names to arrays of strings (a single string fails the task with
 * {@code States.Runtime}, as AWS does); {@code RequestBody} is sent as JSON. Non-2xx answers fail
 * with {@code ApiGateway.<code>} and the response body for cause; no answer fails with
 * {@code ApiGateway.<Exception>}.
 */
final class ApiGatewayMapping implements InvokeMapping {
  static final String ERROR_PREFIX = "ApiGateway.";

  /** Headers AWS refuses for API Gateway (connect-api-gateway, Request format), lower case. */
  private static final Set<String> FORBIDDEN = Set.of(
      "authorization", "connection", "content-md5", "expect", "host", "max-forwards",
      "proxy-authenticate", "server", "te", "transfer-encoding", "trailer", "upgrade", "via",
      "www-authenticate");

  @Override
  public OutgoingRequest request(JsonNode parameters, String region) throws InvalidParameters {
    InvokeParameters p = new InvokeParameters(parameters);
    String host = host(p.text("ApiEndpoint"));
    String method = p.method();
    Map<String, List<String>> headers = Headers.from(this, p.multiMap("Headers", false, true));
    String query = Queries.join(null, p.multiMap("QueryParameters", false, true));
    String path = path(p.optionalText("Stage"), p.optionalText("Path"));
    JsonNode body = p.node("RequestBody");
    if (body != null) {
      headers.putIfAbsent("Content-Type", List.of("application/json"));
    }
    p.optionalText("AuthType");
    return new OutgoingRequest(method, "https://" + host, path, query, headers,
        body == null ? null : Json.write(body), null);
  }

  /** The API's host name; a URL is accepted too (its scheme and path are dropped). */
  private static String host(String endpoint) throws InvalidParameters {
    String host = endpoint.contains("://") ? endpoint.substring(endpoint.indexOf("://") + 3) : endpoint;
    int slash = host.indexOf('/');
    host = slash < 0 ? host : host.substring(0, slash);
    if (host.isEmpty()) {
      throw InvalidParameters.invalidFormat("ApiEndpoint");
    }
    return host.toLowerCase(Locale.ROOT);
  }

  /** {@code /<Stage>/<Path>}, each part optional, the Path percent-encoded where needed. */
  static String path(String stage, String path) {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {stage, path}) {
      String trimmed = part == null ? "" : strip(part);
      if (!trimmed.isEmpty()) {
        b.append('/').append(encodePath(trimmed));
      }
    }
    return b.toString();
  }

  private static String strip(String part) {
    int from = 0;
    while (from < part.length() && part.charAt(from) == '/') {
      from++;
    }
    return part.substring(from);
  }

  /** Percent-encodes what may not appear in a path (spaces, non-ASCII, ...), keeping {@code /} and escapes. */
  private static String encodePath(String path) {
    StringBuilder b = new StringBuilder();
    for (byte c : path.getBytes(StandardCharsets.UTF_8)) {
      char ch = (char) (c & 0xff);
      if (ch < 0x80 && (Character.isLetterOrDigit(ch) || "-._~!$&'()*+,;=:@/%".indexOf(ch) >= 0)) {
        b.append(ch);
      } else {
        b.append('%').append(String.format(Locale.ROOT, "%02X", c & 0xff));
      }
    }
    return b.toString();
  }

  @Override
  public String forbiddenHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean prefixed = lower.startsWith("x-forwarded") || lower.startsWith("x-amz");
    return prefixed || FORBIDDEN.contains(lower) ? lower : null;
  }

  @Override
  public TaskResponse statusFailure(ObjectNode result, String rawBody) {
    return TaskResponse.failure(ERROR_PREFIX + result.get("StatusCode").asInt(), rawBody);
  }

  @Override
  public TaskResponse connectionFailure(URI target, IOException e) {
    return TaskResponse.failure(ERROR_PREFIX + e.getClass().getSimpleName(),
        "The request to " + target + " failed" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }
}
