package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP Task ({@code arn:aws:states:::http:invoke}), as "Call HTTPS APIs in Step Functions
 * workflows" describes it: {@code ApiEndpoint} (a URL), {@code Method}, {@code Headers} (name to
 * value), {@code QueryParameters}, {@code RequestBody} (JSON, or a string sent as is),
 * {@code Transform} (URL_ENCODED bodies), {@code Authentication.ConnectionArn} (recorded only).
 * Non-2xx answers fail with {@code States.Http.StatusCode.<code>} and the response, as JSON, for
 * cause; no answer fails with {@code States.Http.Socket}.
 */
final class HttpTaskMapping implements InvokeMapping {
  static final String STATUS_ERROR_PREFIX = "States.Http.StatusCode.";
  static final String SOCKET_ERROR = "States.Http.Socket";
  static final String JSON_CONTENT_TYPE = "application/json; charset=UTF-8";
  static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
  /** AWS asks for at most the first 256 KiB of the response. */
  static final String RANGE = "bytes=0-262144";

  /** Headers AWS refuses in an HTTP Task (call-https-apis, Headers), lower case. */
  private static final Set<String> FORBIDDEN = Set.of(
      "a-im", "accept-charset", "accept-datetime", "accept-encoding", "authorization", "cache-control",
      "connection", "content-encoding", "content-md5", "date", "expect", "forwarded", "from", "host",
      "http2-settings", "if-match", "if-modified-since", "if-none-match", "if-range",
      "if-unmodified-since", "max-forwards", "origin", "pragma", "proxy-authorization", "referer",
      "server", "te", "trailer", "transfer-encoding", "upgrade", "via", "warning");

  @Override
  public OutgoingRequest request(JsonNode parameters, String region) throws InvalidParameters {
    InvokeParameters p = new InvokeParameters(parameters);
    URI endpoint = endpoint(p.text("ApiEndpoint"));
    String method = p.method();
    Map<String, List<String>> headers = Headers.from(this, p.multiMap("Headers", true, false));
    String query = Queries.join(endpoint.getRawQuery(), p.multiMap("QueryParameters", true, true));
    String body = body(p, headers);
    headers.put("User-Agent", List.of("Amazon|StepFunctions|HttpInvoke|" + region));
    headers.put("Range", List.of(RANGE));
    String origin = (endpoint.getScheme() + "://" + endpoint.getRawAuthority()).toLowerCase(Locale.ROOT);
    String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    return new OutgoingRequest(method, origin, path, query, headers, body, connectionArn(p));
  }

  private static URI endpoint(String text) throws InvalidParameters {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw InvalidParameters.invalidFormat("ApiEndpoint");
  }

  private static String body(InvokeParameters p, Map<String, List<String>> headers) throws InvalidParameters {
    JsonNode body = p.node("RequestBody");
    if (body == null) {
      return null;
    }
    if (urlEncoded(p) && body.isObject()) {
      headers.putIfAbsent("Content-Type", List.of(FORM_CONTENT_TYPE));
      return FormEncoding.encode(body, arrayFormat(p));
    }
    headers.putIfAbsent("Content-Type", List.of(JSON_CONTENT_TYPE));
    return body.isTextual() ? body.textValue() : Json.write(body);
  }

  private static boolean urlEncoded(InvokeParameters p) throws InvalidParameters {
    JsonNode transform = p.node("Transform");
    if (transform == null) {
      return false;
    }
    JsonNode encoding = transform.get("RequestBodyEncoding");
    if (encoding == null || encoding.isNull() || "NONE".equals(encoding.asText(null))) {
      return false;
    }
    if ("URL_ENCODED".equals(encoding.asText(null))) {
      return true;
    }
    throw InvalidParameters.invalidFormat("RequestBodyEncoding");
  }

  private static FormEncoding.ArrayFormat arrayFormat(InvokeParameters p) throws InvalidParameters {
    JsonNode format = p.node("Transform").path("RequestEncodingOptions").path("ArrayFormat");
    return format.isTextual() ? FormEncoding.ArrayFormat.of(format.textValue()) : FormEncoding.ArrayFormat.INDICES;
  }

  private static String connectionArn(InvokeParameters p) {
    for (String holder : List.of("Authentication", "InvocationConfig")) {
      JsonNode arn = p.node(holder) == null ? null : p.node(holder).get("ConnectionArn");
      if (arn != null && arn.isTextual()) {
        return arn.textValue();
      }
    }
    return null;
  }

  @Override
  public String forbiddenHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean prefixed = lower.startsWith("x-forwarded") || lower.startsWith("x-amz-") || lower.startsWith("x-amzn-");
    return prefixed || FORBIDDEN.contains(lower) ? lower : null;
  }

  @Override
  public TaskResponse statusFailure(ObjectNode result, String rawBody) {
    return TaskResponse.failure(STATUS_ERROR_PREFIX + result.get("StatusCode").asInt(), Json.write(result));
  }

  @Override
  public TaskResponse connectionFailure(URI target, IOException e) {
    String what = e instanceof HttpTimeoutException ? "timed out" : "failed (" + e.getClass().getSimpleName() + ")";
    return TaskResponse.failure(SOCKET_ERROR, "The HTTP request to " + target + " " + what
        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }
}
