package io.github.sfntestkit.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Finds, checks and sets {@link SfnInject} fields. */
final class FieldInjection {
  private FieldInjection() {}

  /** The {@link SfnInject} fields of a class and its superclasses, static or not; none may be final. */
  static List<Field> fields(Class<?> type, boolean statics) {
    List<Field> out = new ArrayList<>();
    for (Field f : AnnotationSupport.findAnnotatedFields(type, SfnInject.class,
        f -> Modifier.isStatic(f.getModifiers()) == statics)) {
      if (Modifier.isFinal(f.getModifiers())) {
        throw ExtensionConfig.misuse("@SfnInject field [" + f + "] is final; remove final so it can be set.");
      }
      out.add(f);
    }
    return out;
  }

  static Injectable injectable(Field field) {
    Injectable what = Injectable.of(field.getType());
    if (what == null || what == Injectable.LAST_RESULT) {
      throw ExtensionConfig.misuse("Cannot inject @SfnInject field [" + field + "]: fields may hold only"
          + " StateMachine, Mocks, StateMachineRunner or ExecutionOptions, but it is a "
          + field.getType().getName() + "." + Injectable.hint(field.getType()));
    }
    return what;
  }

  static void set(Field field, Object instance, Object value) {
    try {
      field.setAccessible(true);
      field.set(instance, value);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new ExtensionConfigurationException("Cannot set @SfnInject field [" + field + "]", e);
    }
  }
}
