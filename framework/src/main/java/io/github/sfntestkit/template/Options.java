package io.github.sfntestkit.template;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Values the test supplies for what a template cannot resolve offline. Immutable. */
record Options(
    Map<String, String> parameters,
    Map<String, String> substitutions,
    Map<String, String> resourceValues,
    Map<String, String> importValues,
    Map<String, Path> definitionFiles) {

  static final Options NONE = new Options(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  Options withParameter(String name, String value) {
    return new Options(put(parameters, name, value), substitutions, resourceValues, importValues, definitionFiles);
  }

  Options withSubstitution(String name, String value) {
    return new Options(parameters, put(substitutions, name, value), resourceValues, importValues, definitionFiles);
  }

  Options withResourceValue(String logicalId, String attribute, String value) {
    return new Options(
        parameters, substitutions, put(resourceValues, key(logicalId, attribute), value), importValues, definitionFiles);
  }

  Options withImportValue(String exportName, String value) {
    return new Options(parameters, substitutions, resourceValues, put(importValues, exportName, value), definitionFiles);
  }

  Options withDefinitionFile(String logicalId, Path file) {
    return new Options(parameters, substitutions, resourceValues, importValues, put(definitionFiles, logicalId, file));
  }

  String resourceValue(String logicalId, String attribute) {
    return resourceValues.get(key(logicalId, attribute));
  }

  private static String key(String logicalId, String attribute) {
    return logicalId + "\u0000" + attribute;
  }

  private static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
    Map<String, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return Collections.unmodifiableMap(copy);
  }
}
