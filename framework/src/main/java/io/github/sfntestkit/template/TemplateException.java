package io.github.sfntestkit.template;

import io.github.sfntestkit.SfnTestKitException;
import org.apiguardian.api.API;

/**
 * A template cannot be read, or a state machine's definition cannot be taken from it. The message
 * names the template, the state machine's logical id, the JSON pointer (and line) of the value at
 * fault, what is wrong and how to supply what is missing:
 *
 * <pre>
 * Template orders.yaml, state machine "Orders", at /Resources/Orders/Properties/DefinitionSubstitutions/TableName/Ref (line 12, column 20):
 *   parameter "TableName" has no Default and no value was supplied.
 *   Supply one with template.withParameter("TableName", "...").
 * </pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TemplateException extends SfnTestKitException {

  private final String template;
  private final String logicalId;
  private final String pointer;

  TemplateException(String template, String logicalId, String pointer, String message) {
    super(message);
    this.template = template;
    this.logicalId = logicalId;
    this.pointer = pointer;
  }

  /** The template's source name (file path, classpath resource or the name given to {@code parse}). */
  public String template() {
    return template;
  }

  /** The logical id of the state machine being loaded, or {@code null} when reading the template. */
  public String logicalId() {
    return logicalId;
  }

  /** RFC 6901 pointer into the template of the value at fault ({@code ""} for the whole template). */
  public String pointer() {
    return pointer;
  }
}
