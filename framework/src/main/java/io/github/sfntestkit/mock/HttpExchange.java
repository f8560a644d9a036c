package io.github.sfntestkit.mock;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One request {@link HttpEndpoints} sent to a loopback server, and what came back.
 *
 * @param stateName the Task state that made the call
 * @param resource the state's resource ({@code arn:aws:states:::http:invoke} or {@code ...apigateway:invoke})
 * @param awsUrl where AWS would have sent the request (scheme, host, path; no query)
 * @param method the HTTP method
 * @param uri where the request went instead (always on loopback)
 * @param requestHeaders the headers sent, by name
 * @param requestBody the body sent, or null
 * @param connectionArn the HTTP Task's {@code Authentication.ConnectionArn} (not used to sign anything), or null
 * @param statusCode the response status, or 0 when no response came
 * @param responseBody the response body as text, or null when no response came
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HttpExchange(
    String stateName,
    String resource,
    String awsUrl,
    String method,
    URI uri,
    Map<String, List<String>> requestHeaders,
    String requestBody,
    String connectionArn,
    int statusCode,
    String responseBody) {}
