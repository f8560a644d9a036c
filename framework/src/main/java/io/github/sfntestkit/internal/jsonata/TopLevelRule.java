package io.github.sfntestkit.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.lang.reflect.Field;
import java.util.List;

/**
 * AWS evaluates expressions with no context item, so it refuses a field name, {@code $} or {@code $$}
 * read at the top level (outside any path step or predicate): {@code UNSUPPORTED_JSONATA_EXPRESSION:
 * Reference to 'phone' at the top level is not supported.} This walks the parsed tree of the engine
 * (its node fields are not public, so they are read reflectively; if that is impossible the rule is
 * skipped rather than failing compilation).
 */
final class TopLevelRule {
  /** A forbidden reference: the name as written and where it starts. */
  static final class Reference {
    final String name;
    final int position;

    Reference(String name, int position) {
      this.name = name;
      this.position = position;
    }
  }

  private static final Field AST;
  private static final Fields F;

  static {
    Field ast = null;
    Fields fields = null;
    try {
      ast = Jsonata.class.getDeclaredField("ast");
      ast.setAccessible(true);
      fields = new Fields(Class.forName("com.dashjoin.jsonata.Parser$Symbol"));
    } catch (ReflectiveOperationException | RuntimeException e) {
      ast = null;
      fields = null;
    }
    AST = ast;
    F = fields;
  }

  private TopLevelRule() {}

  /** The first top-level reference in a parsed expression, or null. */
  static Reference find(Jsonata parsed) {
    if (AST == null) {
      return null;
    }
    try {
      return visit(AST.get(parsed));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Reference visit(Object node) throws ReflectiveOperationException {
    if (node == null) {
      return null;
    }
    String type = (String) F.type.get(node);
    if (type == null) {
      return null;
    }
    switch (type) {
      case "path":
        List<?> steps = (List<?>) F.steps.get(node);
        return steps == null || steps.isEmpty() ? null : firstStep(steps.get(0));
      case "name":
        return name(node);
      case "variable":
        return variable(node);
      case "binary":
      case "apply":
        return first(visit(F.lhs.get(node)), F.rhs.get(node));
      case "bind":
        return visit(F.rhs.get(node));
      case "function":
      case "partial":
        return visitAll((List<?>) F.arguments.get(node));
      case "lambda":
        return visit(F.body.get(node));
      case "condition":
        Reference r = visit(F.condition.get(node));
        return r != null ? r : first(visit(F.then.get(node)), F.otherwise.get(node));
      case "block":
        return visitAll((List<?>) F.expressions.get(node));
      case "unary":
        return unary(node);
      default:
        return null; // literals, regex, transform and sort work on their own context
    }
  }

  private static Reference firstStep(Object step) throws ReflectiveOperationException {
    String type = (String) F.type.get(step);
    if ("name".equals(type)) {
      return name(step);
    }
    if ("variable".equals(type)) {
      return variable(step);
    }
    return visit(step); // e.g. a function call or block that starts the path
  }

  private static Reference unary(Object node) throws ReflectiveOperationException {
    Reference r = visit(F.expression.get(node));
    if (r == null) {
      r = visitAll((List<?>) F.expressions.get(node));
    }
    List<?> pairs = (List<?>) F.lhsObject.get(node);
    if (r == null && pairs != null) {
      for (Object pair : pairs) {
        for (Object part : (Object[]) pair) {
          r = visit(part);
          if (r != null) {
            return r;
          }
        }
      }
    }
    return r;
  }

  private static Reference first(Reference found, Object next) throws ReflectiveOperationException {
    return found != null ? found : visit(next);
  }

  private static Reference visitAll(List<?> nodes) throws ReflectiveOperationException {
    if (nodes != null) {
      for (Object n : nodes) {
        Reference r = visit(n);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  private static Reference name(Object node) throws ReflectiveOperationException {
    String name = String.valueOf(F.value.get(node));
    int end = F.position.getInt(node);
    return new Reference(name, Math.max(0, end - name.length()));
  }

  private static Reference variable(Object node) throws ReflectiveOperationException {
    Object value = F.value.get(node);
    int end = F.position.getInt(node);
    if ("".equals(value)) {
      return new Reference("$", Math.max(0, end - 1));
    }
    if ("$".equals(value)) {
      return new Reference("$$", Math.max(0, end - 2));
    }
    return null;
  }

  /** Reflective handles on the engine's parse-tree node. */
  private static final class Fields {
    final Field type;
    final Field value;
    final Field position;
    final Field steps;
    final Field lhs;
    final Field rhs;
    final Field arguments;
    final Field body;
    final Field condition;
    final Field then;
    final Field otherwise;
    final Field expressions;
    final Field expression;
    final Field lhsObject;

    Fields(Class<?> symbol) throws NoSuchFieldException {
      type = field(symbol, "type");
      value = field(symbol, "value");
      position = field(symbol, "position");
      steps = field(symbol, "steps");
      lhs = field(symbol, "lhs");
      rhs = field(symbol, "rhs");
      arguments = field(symbol, "arguments");
      body = field(symbol, "body");
      condition = field(symbol, "condition");
      then = field(symbol, "then");
      otherwise = field(symbol, "_else");
      expressions = field(symbol, "expressions");
      expression = field(symbol, "expression");
      lhsObject = field(symbol, "lhsObject");
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
      Field f = c.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    }
  }
}
