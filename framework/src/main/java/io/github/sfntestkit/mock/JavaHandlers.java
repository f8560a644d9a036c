package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.internal.json.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/** Runs Java code as a Task's integration: plain functions and Lambda {@code RequestHandler}s. */
final class JavaHandlers {
  private JavaHandlers() {}

  static Answer function(Function<JsonNode, JsonNode> handler) {
    return call -> invoke(call, handler::apply);
  }

  static Answer requestHandler(Object handler) {
    Method method = handleRequest(handler);
    Class<?> inputType = method.getParameterTypes()[0];
    Class<?> contextType = method.getParameterCount() > 1 ? method.getParameterTypes()[1] : null;
    method.setAccessible(true);
    return call -> invoke(call, input -> {
      Object in = inputType == JsonNode.class ? input : Json.MAPPER.convertValue(input, inputType);
      Object[] args = contextType == null ? new Object[] {in} : new Object[] {in, context(contextType, call)};
      try {
        Object out = method.invoke(handler, args);
        return out == null ? Json.NODES.nullNode() : Json.MAPPER.valueToTree(out);
      } catch (InvocationTargetException e) {
        throw new HandlerFailure(e.getCause());
      } catch (IllegalAccessException e) {
        throw new SfnTestKitException("Cannot call " + method + ": " + e.getMessage(), e);
      }
    });
  }

  private static Method handleRequest(Object handler) {
    for (Method m : handler.getClass().getMethods()) {
      if (m.getName().equals("handleRequest") && !m.isBridge()
          && (m.getParameterCount() == 2 || m.getParameterCount() == 1)) {
        return m;
      }
    }
    throw new SfnTestKitException(handler.getClass().getName()
        + " has no public handleRequest(input, context) method; pass a RequestHandler-style object or use"
        + " handledBy(Function<JsonNode, JsonNode>)");
  }

  /** A stand-in Lambda Context (any interface type): deterministic values, no AWS dependency. */
  private static Object context(Class<?> type, TaskCall call) {
    if (!type.isInterface()) {
      return null;
    }
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
      switch (m.getName()) {
        case "getAwsRequestId":
          return call.stateName() + "-" + call.callIndex();
        case "getFunctionName":
          String fn = TaskMatcher.functionName(call);
          return fn == null ? call.stateName() : fn;
        case "getFunctionVersion":
          return "$LATEST";
        case "getRemainingTimeInMillis":
          return 300_000;
        case "getMemoryLimitInMB":
          return 128;
        case "toString":
          return "Context[" + call.stateName() + "]";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        default:
          return null;
      }
    });
  }

  private static TaskResponse invoke(TaskCall call, Function<JsonNode, JsonNode> body) {
    boolean lambdaInvoke = call.resource().contains(":lambda:invoke");
    JsonNode input = lambdaInvoke && call.input() != null && call.input().has("Payload")
        ? call.input().get("Payload") : call.input();
    try {
      JsonNode out = body.apply(input);
      return TaskResponse.success(lambdaInvoke ? ResponseShapes.wrap(call, out) : out);
    } catch (HandlerFailure e) {
      return failure(e.getCause());
    } catch (RuntimeException e) {
      return failure(e);
    }
  }

  /** An unhandled exception as the Java Lambda runtime reports it. */
  private static TaskResponse failure(Throwable t) {
    ObjectNode cause = Json.object();
    cause.put("errorMessage", t.getMessage());
    cause.put("errorType", t.getClass().getName());
    cause.putArray("stackTrace");
    return TaskResponse.failure(t.getClass().getName(), Json.write(cause));
  }

  private static final class HandlerFailure extends RuntimeException {
    HandlerFailure(Throwable cause) {
      super(cause);
    }
  }
}
