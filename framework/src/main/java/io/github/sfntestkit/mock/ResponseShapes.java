package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Realistic response shapes of the optimized integrations, so a mock can give only the payload.
 *
 * <table>
 *   <caption>Shapes</caption>
 *   <tr><th>resource</th><th>result of {@code returnsPayload(p)}</th></tr>
 *   <tr><td>{@code lambda:invoke}</td><td>{@code {"ExecutedVersion": "$LATEST", "Payload": p,
 *       "SdkHttpMetadata": {...}, "SdkResponseMetadata": {...}, "StatusCode": 200}}</td></tr>
 *   <tr><td>Lambda function ARN, activity, {@code aws-sdk:*}, any {@code .waitForTaskToken}
 *       (the result is what {@code SendTaskSuccess} sends), other</td><td>{@code p}</td></tr>
 *   <tr><td>{@code dynamodb:getItem}</td><td>{@code {"Item": p, "SdkHttpMetadata": ...}}</td></tr>
 *   <tr><td>{@code dynamodb:putItem / updateItem / deleteItem}</td><td>{@code p} merged over
 *       {@code {"SdkHttpMetadata": ..., "SdkResponseMetadata": ...}}</td></tr>
 *   <tr><td>{@code sns:publish}</td><td>{@code {"MessageId": ..., "SdkHttpMetadata": ...}} merged with p</td></tr>
 *   <tr><td>{@code sqs:sendMessage}</td><td>{@code {"MD5OfMessageBody": ..., "MessageId": ...}} merged with p</td></tr>
 *   <tr><td>{@code events:putEvents}</td><td>{@code {"Entries": [{"EventId": ...}], "FailedEntryCount": 0}} merged with p</td></tr>
 *   <tr><td>{@code states:startExecution.sync(:2)}</td><td>{@code {"ExecutionArn", "Input", "Output": p
 *       (as a string for .sync, as JSON for .sync:2), "Status": "SUCCEEDED", "StartDate", "StopDate", ...}}</td></tr>
 *   <tr><td>{@code states:startExecution}</td><td>{@code {"ExecutionArn": ..., "StartDate": ...}} merged with p</td></tr>
 *   <tr><td>{@code ecs:runTask.sync}, {@code batch:submitJob.sync}, {@code glue:startJobRun.sync}</td>
 *       <td>p merged over the service's completed-job fields ({@code LastStatus: STOPPED},
 *       {@code Status: SUCCEEDED}, {@code JobRunState: SUCCEEDED})</td></tr>
 * </table>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ResponseShapes {
  private ResponseShapes() {}

  /** Wraps {@code payload} in the response shape of the call's resource. */
  public static JsonNode wrap(TaskCall call, JsonNode payload) {
    String r = call.resource();
    if (r.endsWith(".waitForTaskToken")) {
      return payload;
    }
    String id = String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", call.stateName().hashCode(), call.callIndex());
    if (r.contains(":lambda:invoke")) {
      ObjectNode o = Json.object();
      o.put("ExecutedVersion", "$LATEST");
      o.set("Payload", payload);
      o.set("SdkHttpMetadata", httpMetadata());
      o.set("SdkResponseMetadata", Json.object().put("RequestId", id));
      o.put("StatusCode", 200);
      return o;
    }
    if (r.contains(":dynamodb:getItem")) {
      ObjectNode o = withMetadata(id);
      o.set("Item", payload);
      return o;
    }
    if (r.contains(":dynamodb:")) {
      return merge(withMetadata(id), payload);
    }
    if (r.contains(":sns:publish")) {
      ObjectNode o = withMetadata(id);
      o.put("MessageId", id);
      return merge(o, payload);
    }
    if (r.contains(":sqs:sendMessage")) {
      ObjectNode o = withMetadata(id);
      o.put("MD5OfMessageBody", "d41d8cd98f00b204e9800998ecf8427e");
      o.put("MessageId", id);
      return merge(o, payload);
    }
    if (r.contains(":events:putEvents")) {
      ObjectNode o = withMetadata(id);
      o.putArray("Entries").addObject().put("EventId", id);
      o.put("FailedEntryCount", 0);
      return merge(o, payload);
    }
    if (r.contains(":states:startExecution")) {
      return startExecution(call, payload, id, r);
    }
    if (r.contains(":ecs:runTask.sync")) {
      ObjectNode task = Json.object();
      task.put("LastStatus", "STOPPED");
      task.put("DesiredStatus", "STOPPED");
      task.put("StopCode", "EssentialContainerExited");
      ObjectNode o = Json.object();
      o.putArray("Tasks").add(merge(task, payload));
      o.putArray("Failures");
      return o;
    }
    if (r.contains(":batch:submitJob.sync")) {
      ObjectNode o = Json.object();
      o.put("JobId", id);
      o.put("JobName", "job");
      o.put("Status", "SUCCEEDED");
      return merge(o, payload);
    }
    if (r.contains(":glue:startJobRun.sync")) {
      ObjectNode o = Json.object();
      o.put("Id", "jr_" + id.replace("-", ""));
      o.put("JobRunState", "SUCCEEDED");
      return merge(o, payload);
    }
    return payload;
  }

  private static JsonNode startExecution(TaskCall call, JsonNode payload, String id, String r) {
    String arn = "arn:aws:states:us-east-1:123456789012:execution:child:" + id;
    ObjectNode o = Json.object();
    o.put("ExecutionArn", arn);
    o.put("StartDate", call.time().toEpochMilli());
    if (!r.contains(".sync")) {
      return merge(o, payload);
    }
    JsonNode input = call.input() == null ? null : call.input().get("Input");
    boolean v2 = r.endsWith(".sync:2");
    if (input != null) {
      o.set("Input", v2 ? input : Json.NODES.textNode(input.isTextual() ? input.textValue() : Json.write(input)));
    }
    o.set("Output", v2 ? payload : Json.NODES.textNode(Json.write(payload)));
    o.put("Status", "SUCCEEDED");
    o.put("StopDate", call.time().toEpochMilli());
    return o;
  }

  private static ObjectNode withMetadata(String id) {
    ObjectNode o = Json.object();
    o.set("SdkHttpMetadata", httpMetadata());
    o.set("SdkResponseMetadata", Json.object().put("RequestId", id));
    return o;
  }

  private static ObjectNode httpMetadata() {
    ObjectNode m = Json.object();
    m.set("HttpHeaders", Json.object().put("Content-Type", "application/x-amz-json-1.0"));
    m.put("HttpStatusCode", 200);
    return m;
  }

  private static JsonNode merge(ObjectNode base, JsonNode payload) {
    if (payload != null && payload.isObject()) {
      base.setAll((ObjectNode) payload);
    }
    return base;
  }
}
