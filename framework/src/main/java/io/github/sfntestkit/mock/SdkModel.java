package io.github.sfntestkit.mock;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the shapes of AWS SDK for Java v2 model classes by reflection, so the framework has no
 * compile-time dependency on the SDK. Uses only public SDK API: a model class's static
 * {@code builder()}, {@code SdkPojo.sdkFields()}, and per {@code SdkField} its {@code memberName()},
 * {@code marshallingType()}, {@code constructor()} (nested structures) and its {@code ListTrait} /
 * {@code MapTrait} (element and value fields).
 *
 * <p>One instance per class loader; shapes are cached per model class, and nested structures are
 * read lazily (AttributeValue's {@code M} and {@code L} refer to AttributeValue again).
 */
final class SdkModel {
  private static final String CORE = "software.amazon.awssdk.core.";

  /** What a JSON value of a member must be. */
  enum Kind { STRING, INTEGER, LONG, NUMBER, BOOLEAN, INSTANT, BYTES, POJO, LIST, MAP, ANY }

  /** The shape of one member, list element, map value or whole structure. */
  static final class Shape {
    final Kind kind;
    /** The structure's simple class name, for POJO shapes. */
    final String pojoName;
    /** The element (LIST) or value (MAP) shape. */
    final Shape element;
    private Supplier<Map<String, Shape>[]> reader;
    private Map<String, Shape> members;
    private Map<String, Shape> aliases;

    Shape(Kind kind, String pojoName, Shape element, Supplier<Map<String, Shape>[]> reader) {
      this.kind = kind;
      this.pojoName = pojoName;
      this.element = element;
      this.reader = reader;
    }

    /** A structure's members by the name Step Functions shows, in the SDK's order. */
    Map<String, Shape> members() {
      if (members == null) {
        Supplier<Map<String, Shape>[]> r = reader;
        reader = null;
        Map<String, Shape>[] read = r == null ? null : r.get();
        members = read == null ? Map.of() : read[0];
        aliases = read == null ? Map.of() : read[1];
      }
      return members;
    }

    /** A member by its shown name or its other name (Java member name or wire name), else null. */
    Shape member(String name) {
      Shape s = members().get(name);
      return s != null ? s : aliases.get(name);
    }
  }

  private static final Shape ANY = new Shape(Kind.ANY, null, null, null);

  private final Class<?> sdkPojo;
  private final Method sdkFields;
  private final Method memberName;
  private final Method locationName;
  private final Method location;
  private final Method marshallingType;
  private final Method constructor;
  private final Method getTrait;
  private final Class<?> listTrait;
  private final Method listMember;
  private final Class<?> mapTrait;
  private final Method mapValue;
  private final Map<Object, Kind> kinds = new IdentityHashMap<>();
  private final Map<Class<?>, Shape> pojos = new HashMap<>();

  private SdkModel(ClassLoader loader) throws ReflectiveOperationException {
    sdkPojo = Class.forName(CORE + "SdkPojo", false, loader);
    sdkFields = sdkPojo.getMethod("sdkFields");
    Class<?> sdkField = Class.forName(CORE + "SdkField", false, loader);
    memberName = sdkField.getMethod("memberName");
    locationName = sdkField.getMethod("locationName");
    location = sdkField.getMethod("location");
    marshallingType = sdkField.getMethod("marshallingType");
    constructor = sdkField.getMethod("constructor");
    Class<?> trait = Class.forName(CORE + "traits.Trait", false, loader);
    getTrait = sdkField.getMethod("getTrait", Class.class);
    listTrait = Class.forName(CORE + "traits.ListTrait", false, loader);
    listMember = listTrait.getMethod("memberFieldInfo");
    mapTrait = Class.forName(CORE + "traits.MapTrait", false, loader);
    mapValue = mapTrait.getMethod("valueFieldInfo");
    if (!trait.isAssignableFrom(listTrait) || !trait.isAssignableFrom(mapTrait)) {
      throw new ClassNotFoundException(CORE + "traits.Trait");
    }
    Class<?> types = Class.forName(CORE + "protocol.MarshallingType", false, loader);
    Map<String, Kind> byName = Map.ofEntries(
        Map.entry("STRING", Kind.STRING), Map.entry("INTEGER", Kind.INTEGER),
        Map.entry("SHORT", Kind.INTEGER), Map.entry("BYTE", Kind.INTEGER), Map.entry("LONG", Kind.LONG),
        Map.entry("FLOAT", Kind.NUMBER), Map.entry("DOUBLE", Kind.NUMBER),
        Map.entry("BIG_DECIMAL", Kind.NUMBER), Map.entry("BOOLEAN", Kind.BOOLEAN),
        Map.entry("INSTANT", Kind.INSTANT), Map.entry("SDK_BYTES", Kind.BYTES),
        Map.entry("SDK_POJO", Kind.POJO), Map.entry("LIST", Kind.LIST), Map.entry("MAP", Kind.MAP),
        Map.entry("DOCUMENT", Kind.ANY), Map.entry("NULL", Kind.ANY));
    for (Field f : types.getFields()) {
      Kind k = byName.get(f.getName());
      if (k != null && Modifier.isStatic(f.getModifiers())) {
        kinds.put(f.get(null), k);
      }
    }
  }

  /** The SDK model of this class loader, or null when {@code sdk-core} is not on it. */
  static SdkModel load(ClassLoader loader) {
    try {
      return new SdkModel(loader);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  /**
   * The shape of a model class ({@code InvokeResponse}, {@code JobDetail}, ...): a POJO shape whose
   * members are read on first use.
   *
   * @throws IllegalArgumentException when the class is not an SDK model class
   */
  Shape structure(Class<?> modelClass) {
    Shape known = pojos.get(modelClass);
    if (known != null) {
      return known;
    }
    Object builder;
    try {
      Method m = modelClass.getMethod("builder");
      if (!Modifier.isStatic(m.getModifiers())) {
        throw new IllegalArgumentException(modelClass.getName() + " has no static builder()");
      }
      builder = m.invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(modelClass.getName() + " has no public static builder()", e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(modelClass.getName() + ".builder() failed: " + e.getCause(), e);
    }
    if (!sdkPojo.isInstance(builder)) {
      throw new IllegalArgumentException(modelClass.getName() + ".builder() is not an SdkPojo");
    }
    return pojo(modelClass, () -> builder);
  }

  private Shape pojo(Class<?> pojoClass, Supplier<Object> newPojo) {
    Shape known = pojos.get(pojoClass);
    if (known != null) {
      return known;
    }
    Shape s = new Shape(Kind.POJO, pojoClass.getSimpleName(), null, () -> members(newPojo.get()));
    pojos.put(pojoClass, s);
    return s;
  }

  /**
   * The members by the name Step Functions shows, and by their other name. Step Functions shows
   * members in PascalCase ({@code ExecutionArn} for Step Functions' own {@code executionArn}; EC2's
   * {@code Reservations}, wire name {@code reservationSet}; Lambda's header member {@code
   * ExecutedVersion}), except where the Java SDK renamed a body member whose wire name is already
   * PascalCase: AttributeValue's {@code NULL}, which Java calls {@code NUL}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Map<String, Shape>[] members(Object pojo) {
    Map<String, Shape> shown = new LinkedHashMap<>();
    Map<String, Shape> other = new HashMap<>();
    for (Object field : (List<?>) call(sdkFields, pojo)) {
      Shape s = shape(field);
      String member = capitalize((String) call(memberName, field));
      String wire = (String) call(locationName, field);
      Object where = call(location, field);
      boolean body = where == null || "PAYLOAD".equals(String.valueOf(where));
      if (body && wire != null && !wire.isEmpty() && Character.isUpperCase(wire.charAt(0)) && !wire.equals(member)) {
        shown.put(wire, s);
        other.put(member, s);
      } else {
        shown.put(member, s);
      }
    }
    return new Map[] {Collections.unmodifiableMap(shown), Collections.unmodifiableMap(other)};
  }

  private static String capitalize(String name) {
    return name == null || name.isEmpty() ? String.valueOf(name)
        : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private Shape shape(Object field) {
    Kind kind = kinds.getOrDefault(call(marshallingType, field), Kind.ANY);
    switch (kind) {
      case POJO: {
        Supplier<?> ctor = (Supplier<?>) call(constructor, field);
        if (ctor == null) {
          return ANY;
        }
        Object sample = ctor.get();
        Class<?> c = sample.getClass();
        Class<?> pojoClass = c.getEnclosingClass() != null ? c.getEnclosingClass() : c;
        return pojo(pojoClass, () -> sample);
      }
      case LIST: {
        Object trait = call(getTrait, field, listTrait);
        Object member = trait == null ? null : call(listMember, trait);
        return new Shape(Kind.LIST, null, member == null ? ANY : shape(member), null);
      }
      case MAP: {
        Object trait = call(getTrait, field, mapTrait);
        Object value = trait == null ? null : call(mapValue, trait);
        return new Shape(Kind.MAP, null, value == null ? ANY : shape(value), null);
      }
      default:
        return new Shape(kind, null, null, null);
    }
  }

  private static Object call(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + m + ": " + e.getMessage(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(m.getName() + "() failed: " + e.getCause(), e.getCause());
    }
  }
}
