package io.github.sfntestkit.junit;

import io.github.sfntestkit.StateMachine;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Where a definition comes from: an ASL file or a template plus logical id, each a classpath resource
 * or a file. Equal sources share one loaded {@link StateMachine} (a record, so it is the cache key).
 *
 * @param location the resource name or file path as written by the user
 * @param logicalId the state machine's logical id in a template, or null for an ASL definition
 */
record DefinitionSource(String location, String logicalId) {

  static DefinitionSource definition(String location) {
    return new DefinitionSource(location, null);
  }

  static DefinitionSource template(String location, String logicalId) {
    return new DefinitionSource(location, logicalId);
  }

  boolean isTemplate() {
    return logicalId != null;
  }

  /** How reports name the source, e.g. {@code orders.asl.json} or {@code template.yaml#OrderFlow}. */
  String label() {
    return isTemplate() ? location + "#" + logicalId : location;
  }

  /**
   * Loads, validates and compiles the definition.
   *
   * @throws io.github.sfntestkit.definition.DefinitionException when the definition is invalid
   * @throws io.github.sfntestkit.template.TemplateException when the template has no such state machine
   * @throws ExtensionConfigurationException when the source cannot be found
   */
  StateMachine load() {
    String resource = location.startsWith("/") ? location.substring(1) : location;
    URL url = classLoader().getResource(resource);
    if (!isTemplate()) {
      if (url != null) {
        return StateMachine.fromResource(resource);
      }
      return StateMachine.fromFile(existingFile("definition"));
    }
    Path file = url != null ? asPath(url) : existingFile("template");
    return StateMachine.fromTemplate(file, logicalId);
  }

  private Path existingFile(String what) {
    Path file = Paths.get(location);
    if (!Files.exists(file)) {
      throw new ExtensionConfigurationException("Cannot find the state machine " + what + " \"" + location
          + "\": there is no classpath resource of that name and no file " + file.toAbsolutePath()
          + ". Put it under src/test/resources or give a path relative to " + Paths.get("").toAbsolutePath()
          + ".");
    }
    return file;
  }

  private Path asPath(URL url) {
    if (!"file".equals(url.getProtocol())) {
      throw new ExtensionConfigurationException("The template \"" + location + "\" is the classpath resource "
          + url + ", inside an archive; templates are read from files. Give its file path instead.");
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new ExtensionConfigurationException("Cannot read the template \"" + location + "\" at " + url, e);
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader != null ? loader : DefinitionSource.class.getClassLoader();
  }
}
