package io.github.sfntestkit.docs.support;

import io.github.sfntestkit.docs.check.Repository;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine knows, read from the engine itself: the validator's field lists, the intrinsic
 * registry, the Choice operators, the error names, the integration patterns. The classes are
 * internal (package-private), so they are read by reflection; a renamed field fails here with the
 * name to update, never silently.
 */
final class EngineCatalog {
  private static final String INTERNAL = "io.github.sfntestkit.internal.";

  private EngineCatalog() {}

  static List<String> stateTypes() {
    return strings(staticField("validate.Fields", "STATE_TYPES"));
  }

  static List<String> topLevelFields() {
    return strings(staticField("validate.Fields", "TOP_LEVEL"));
  }

  /** The fields a state type accepts in one query language (Type, Comment, QueryLanguage included). */
  static List<String> fields(String stateType, boolean jsonata) {
    return strings(invoke("validate.Fields", "of", new Class<?>[] {String.class, boolean.class}, stateType, jsonata));
  }

  static List<String> intrinsics() {
    return strings(invoke("intrinsic.IntrinsicRegistry", "names", new Class<?>[0]));
  }

  /** The Choice comparison operators (keys of ChoiceRules.OPERATORS) and And, Or, Not. */
  static List<String> choiceOperators() {
    List<String> out = strings(((Map<?, ?>) staticField("validate.ChoiceRules", "OPERATORS")).keySet());
    out.addAll(strings(staticField("validate.ChoiceRules", "COMBINATORS")));
    return out;
  }

  static List<String> retrierFields() {
    return strings(staticField("validate.RetryCatchRules", "RETRIER_FIELDS"));
  }

  static List<String> catcherFields() {
    return strings(staticField("validate.RetryCatchRules", "ANY_CATCHER_FIELDS"));
  }

  /** Map's nested objects: field lists of MapRules, by the object's name. */
  static Map<String, List<String>> mapObjectFields() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("ProcessorConfig", strings(staticField("validate.MapRules", "PROCESSOR_CONFIG")));
    out.put("ItemReader", strings(staticField("validate.MapRules", "ITEM_READER")));
    out.put("ReaderConfig", strings(staticField("validate.MapRules", "READER_CONFIG")));
    out.put("ItemBatcher", strings(staticField("validate.MapRules", "ITEM_BATCHER")));
    out.put("ResultWriter", strings(staticField("validate.MapRules", "RESULT_WRITER")));
    out.put("WriterConfig", strings(staticField("validate.MapRules", "WRITER_CONFIG")));
    return out;
  }

  /** The values of every {@code public static final String} of ErrorNames. */
  static List<String> errorNames() {
    List<String> out = new ArrayList<>();
    for (Field f : type("runtime.ErrorNames").getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        out.add((String) read(f, null));
      }
    }
    return out;
  }

  /** Task resource kinds and patterns, as {@code Kind.X} / {@code Pattern.Y}. */
  static List<String> integrationPatterns() {
    List<String> out = new ArrayList<>();
    for (String nested : List.of("Kind", "Pattern")) {
      for (Object constant : type("state.TaskResource$" + nested).getEnumConstants()) {
        out.add(nested + "." + constant);
      }
    }
    return out;
  }

  /** The functions AWS adds to JSONata, as the engine binds them ({@code case "name":} in AwsFunctions). */
  static List<String> jsonataFunctions(Repository repository) {
    String source = repository.read("framework/src/main/java/io/github/sfntestkit/internal/jsonata/AwsFunctions.java");
    int bind = source.indexOf("static void bind(");
    if (bind < 0) {
      throw new IllegalStateException("AwsFunctions.bind(...) not found: update EngineCatalog.jsonataFunctions");
    }
    int end = source.indexOf("\n  }\n", bind);
    Matcher m = Pattern.compile("case \"(\\w+)\":").matcher(source.substring(bind, end));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add("$" + m.group(1));
    }
    return out;
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(INTERNAL + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("engine class " + INTERNAL + name + " not found: update EngineCatalog", e);
    }
  }

  private static Object staticField(String className, String fieldName) {
    try {
      Field f = type(className).getDeclaredField(fieldName);
      return read(f, null);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("engine field " + className + "." + fieldName + " not found: update EngineCatalog", e);
    }
  }

  private static Object read(Field f, Object target) {
    try {
      f.setAccessible(true);
      return f.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(String className, String methodName, Class<?>[] types, Object... args) {
    try {
      Method m = type(className).getDeclaredMethod(methodName, types);
      m.setAccessible(true);
      return m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("engine method " + className + "." + methodName + " not usable: update EngineCatalog", e);
    }
  }

  private static List<String> strings(Object collection) {
    List<String> out = new ArrayList<>();
    for (Object o : (Collection<?>) collection) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  static Set<String> set(List<String> names) {
    return new LinkedHashSet<>(names);
  }
}
