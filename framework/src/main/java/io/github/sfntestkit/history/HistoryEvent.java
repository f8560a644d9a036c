package io.github.sfntestkit.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One event of an execution's history, shaped like AWS {@code GetExecutionHistory}: id from 1,
 * {@code previousEventId}, virtual timestamp, type ({@code TaskStateEntered}, ...) and details.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HistoryEvent {
  private final long id;
  private final long previousEventId;
  private final long timestampMillis;
  private final String type;
  private ObjectNode details;
  /** State entered/exited events keep their name and payload until details are asked for. */
  private final String stateName;
  private final String payloadKey;
  private final JsonNode payload;

  /** Details hold payloads as JSON values; {@link #toJson()} renders them as AWS strings. */
  public HistoryEvent(long id, long previousEventId, Instant timestamp, String type, ObjectNode details) {
    this(id, previousEventId, timestamp.toEpochMilli(), type, details, null, null, null);
  }

  private HistoryEvent(long id, long previousEventId, long timestampMillis, String type,
      ObjectNode details, String stateName, String payloadKey, JsonNode payload) {
    this.id = id;
    this.previousEventId = previousEventId;
    this.timestampMillis = timestampMillis;
    this.type = type;
    this.details = details;
    this.stateName = stateName;
    this.payloadKey = payloadKey;
    this.payload = payload;
  }

  /**
   * A state entered/exited event: details {@code {"name": ..., payloadKey: payload}} are built only
   * when read (most histories are never rendered).
   */
  @API(status = API.Status.INTERNAL)
  public static HistoryEvent ofState(long id, long previousEventId, long timestampMillis, String type,
      String stateName, String payloadKey, JsonNode payload) {
    return new HistoryEvent(id, previousEventId, timestampMillis, type, null, stateName, payloadKey, payload);
  }

  public long id() {
    return id;
  }

  public long previousEventId() {
    return previousEventId;
  }

  public Instant timestamp() {
    return Instant.ofEpochMilli(timestampMillis);
  }

  public String type() {
    return type;
  }

  /** The raw details (payload fields as JSON values, not strings); may be null. */
  public ObjectNode details() {
    if (details == null && stateName != null) {
      ObjectNode d = Json.object();
      d.put("name", stateName);
      d.set(payloadKey, payload);
      details = d;
    }
    return details;
  }

  /** The state name for state entered/exited events, else null. */
  public String stateName() {
    if (stateName != null) {
      return stateName;
    }
    if (details == null) {
      return null;
    }
    JsonNode name = details.get("name");
    return name == null ? null : name.asText();
  }

  /** The name of the details member as AWS spells it, e.g. {@code taskScheduledEventDetails}. */
  public String detailsKey() {
    if (type.endsWith("StateEntered")) {
      return "stateEnteredEventDetails";
    }
    if (type.endsWith("StateExited")) {
      return "stateExitedEventDetails";
    }
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
  }

  /** The event as AWS returns it from GetExecutionHistory. */
  public ObjectNode toJson() {
    ObjectNode out = Json.object();
    out.put("timestamp", timestamp().toString());
    out.put("type", type);
    out.put("id", id);
    out.put("previousEventId", previousEventId);
    if (details() != null) {
      out.set(detailsKey(), render(details()));
    }
    return out;
  }

  private static ObjectNode render(ObjectNode details) {
    ObjectNode out = Json.object();
    Iterator<Map.Entry<String, JsonNode>> it = details.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      if (isPayload(key)) {
        out.put(key, Json.write(value));
        out.putObject(key + "Details").put("truncated", false);
      } else {
        out.set(key, value);
      }
    }
    return out;
  }

  private static boolean isPayload(String key) {
    return key.equals("input") || key.equals("output") || key.equals("parameters");
  }

  @Override
  public String toString() {
    return id + " " + type + (stateName() == null ? "" : " " + stateName());
  }
}
